#!/usr/bin/env bash
# The local OAuth2 issuer (dev/auth-server, Spring Authorization Server): dev/auth.sh {start|stop|status|token}
#
# Env: WS_HOME (see dev/lib.sh), WS_AUTH_PORT (default 9000). The issuer is http://127.0.0.1:PORT; its keys are
# at /oauth2/jwks, tokens at /oauth2/token (client credentials, client_secret_basic or _post).
#   dev/auth.sh token CLIENT SECRET "SCOPES"   prints an access token (e.g. dev/auth.sh token e2e e2e-dev-secret admin)
# The local clients and their scopes are in dev/auth-server/src/main/resources/application.yml.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

NAME=auth-server
PORT="${WS_AUTH_PORT:-9000}"
JAR="$WS_REPO/dev/auth-server/target/auth-server.jar"
URL="http://127.0.0.1:$PORT"
# A small issuer: C1 only (starts faster; it signs a token now and then), a small heap.
JAVA_OPTS_DEFAULT="-Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:MaxDirectMemorySize=32m"

start() {
  local pid t0
  if pid="$(running_pid "$NAME")"; then
    echo "auth-server already running on $(cat "$(port_file "$NAME")") (pid $pid)"
    return 0
  fi
  port_in_use "$PORT" && die "port $PORT for the auth server is taken: set WS_AUTH_PORT"
  if [ ! -f "$JAR" ]; then
    log "building $JAR"
    mvn_repo -f dev/auth-server/pom.xml package -DskipTests
  fi
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX=2 setsid nohup java ${WS_AUTH_JAVA_OPTS:-$JAVA_OPTS_DEFAULT} -jar "$JAR" --server.port="$PORT" \
    >"$WS_HOME/logs/$NAME.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$(pid_file "$NAME")"
  echo "$PORT" >"$(port_file "$NAME")"
  if ! wait_http "$URL/oauth2/jwks" 120 "$pid"; then
    tail -n 30 "$WS_HOME/logs/$NAME.log" >&2 || true
    stop_pid "$NAME"
    die "the auth server failed to start"
  fi
  echo "auth-server started on $PORT (pid $pid) in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

stop() {
  stop_pid "$NAME"
  rm -f "$(port_file "$NAME")"
  echo "auth-server stopped"
}

status() {
  local pid
  if pid="$(running_pid "$NAME")"; then
    echo "auth-server running on $(cat "$(port_file "$NAME")" 2>/dev/null || echo "?") (pid $pid)"
    return 0
  fi
  echo "auth-server stopped"
  return 3
}

# An access token for CLIENT with SCOPES (space separated), from the running issuer.
token() {
  local client="${1:?client id}" secret="${2:?client secret}" scopes="${3:-}" answer
  answer="$(curl -fsS --max-time 30 -u "$client:$secret" -d grant_type=client_credentials \
    --data-urlencode "scope=$scopes" "$URL/oauth2/token")" || die "the issuer at $URL refused a token to $client"
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$answer"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  token) shift; token "$@" ;;
  *) echo "usage: $0 {start|stop|status|token CLIENT SECRET SCOPES}" >&2; exit 2 ;;
esac
