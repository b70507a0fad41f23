#!/usr/bin/env bash
# Local Nacos 3.1.0 standalone server (dev/nacos-launcher): dev/nacos.sh {start|stop|status}
#
# Env: WS_HOME (see dev/lib.sh), WS_NACOS_PORT (default 8848), WS_NACOS_CONSOLE=true to also start the
# console UI on WS_NACOS_CONSOLE_PORT (default PORT+2; Nacos's own default, 8080, is avoided).
# Ports taken: PORT (HTTP), PORT+1000 (client gRPC: Nacos 2+/3 clients need it), PORT+1001 (cluster
# gRPC), PORT-1000 (JRaft, used even standalone). Auth is off; storage is embedded Derby in $WS_HOME/nacos.
#
# HTTP endpoints (B=http://127.0.0.1:PORT/nacos; v2 open APIs answer 410 in 3.x, v1 client APIs still work):
#   ready:              GET  $B/v3/admin/core/state                                    -> 200
#   list instances:     GET  $B/v3/client/ns/instance/list?serviceName=S[&groupName=G]  (or /v3/admin/ns/instance/list)
#                       -> {"code":0,"data":[{"ip":..,"port":..,"healthy":..,"metadata":{..}},..]}
#   list services:      GET  $B/v3/admin/ns/service/list?pageNo=1&pageSize=100
#   register (by hand): POST $B/v3/admin/ns/instance  serviceName=S&ip=I&port=P  (ephemeral: with no
#                       heartbeat it disappears after ~30 s; real clients register over gRPC)
#   publish config:     POST $B/v3/admin/cs/config    dataId=D&groupName=G&content=C[&type=yaml]
#   get config:         GET  $B/v3/admin/cs/config?dataId=D&groupName=G  (reads the database: at once)
#                       GET  $B/v3/client/cs/config?dataId=D&groupName=G (what clients read: a dumped
#                       cache, so it can answer 404 for a few hundred ms after a publish)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

NAME=nacos
PORT="${WS_NACOS_PORT:-8848}"
CONSOLE="${WS_NACOS_CONSOLE:-false}"
CONSOLE_PORT="${WS_NACOS_CONSOLE_PORT:-$((PORT + 2))}"
case "$PORT" in *[!0-9]* | '') die "WS_NACOS_PORT must be a number, got '$PORT'" ;; esac
# Nacos also binds PORT-1000 and PORT+1001.
{ [ "$PORT" -gt 1000 ] && [ "$PORT" -le 64534 ]; } || die "WS_NACOS_PORT must be in 1001..64534, got $PORT"
JAR="$WS_REPO/dev/nacos-launcher/target/nacos-launcher.jar"
STATE_URL="http://127.0.0.1:$PORT/nacos/v3/admin/core/state"

# Small footprint: ~65 MB of live heap after start; C1 only (starts ~40% faster, fine for tests);
# fewer glibc malloc arenas (the native side: gRPC, RocksDB for JRaft).
JAVA_OPTS_DEFAULT="-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m
  -Xss512k -XX:MaxDirectMemorySize=64m"

is_up() { curl -fsS -o /dev/null --max-time 2 "$STATE_URL" 2>/dev/null; }

start() {
  local pid ports p t0 recorded
  if pid="$(running_pid "$NAME")"; then
    recorded="$(cat "$(port_file "$NAME")" 2>/dev/null || echo "$PORT")"
    [ "$recorded" = "$PORT" ] || die "nacos (pid $pid) already runs on $recorded, not $PORT: '$0 stop' first"
    is_up || die "nacos pid $pid is alive but $STATE_URL does not answer (starting, or hung?)"
    echo "nacos already running on $PORT"
    return 0
  fi

  ports="$PORT $((PORT + 1000)) $((PORT + 1001)) $((PORT - 1000))"
  [ "$CONSOLE" = true ] && ports="$ports $CONSOLE_PORT"
  for p in $ports; do
    port_in_use "$p" && die "port $p is taken by another process (nacos on $PORT needs $ports); set WS_NACOS_PORT"
  done

  if [ ! -f "$JAR" ]; then
    log "building $JAR"
    mvn_repo -f dev/nacos-launcher/pom.xml package -DskipTests
  fi

  mkdir -p "$WS_HOME/nacos"
  log "starting nacos on $PORT (gRPC $((PORT + 1000))), home $WS_HOME/nacos"
  t0=$(date +%s%N)
  # setsid: own session, so the caller's Ctrl-C or the end of its shell does not take nacos down.
  # cd: Spring/Tomcat write relative work files into the current directory.
  # db.pool.config.connectionTimeout: Nacos gives its embedded Derby 3 s to open the database, which creating it
  # takes longer on a cold JVM on a busy machine ("Login timeout exceeded", then Nacos exits).
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of words
  (cd "$WS_HOME/nacos" && MALLOC_ARENA_MAX=2 exec setsid nohup java ${WS_NACOS_JAVA_OPTS:-$JAVA_OPTS_DEFAULT} \
    -Ddb.pool.config.connectionTimeout=60000 \
    -Dnacos.home="$WS_HOME/nacos" \
    -Dnacos.server.main.port="$PORT" \
    -Dnacos.console.port="$CONSOLE_PORT" \
    -Dnacos.launcher.console="$CONSOLE" \
    -jar "$JAR" >"$WS_HOME/logs/$NAME.log" 2>&1 </dev/null) &
  pid=$!
  echo "$pid" >"$(pid_file "$NAME")"
  echo "$PORT" >"$(port_file "$NAME")"

  if ! wait_http "$STATE_URL" 120 "$pid"; then
    log "nacos did not come up; last lines of $WS_HOME/logs/$NAME.log:"
    tail -n 40 "$WS_HOME/logs/$NAME.log" >&2 || true
    stop_pid "$NAME"
    rm -f "$(port_file "$NAME")"
    die "nacos failed to start (more in $WS_HOME/nacos/logs/)"
  fi
  # The console context starts after the server web one, so the state URL answers before it.
  if [ "$CONSOLE" = true ] && ! wait_http "http://127.0.0.1:$CONSOLE_PORT/v3/console/server/state" 60 "$pid"; then
    die "nacos is up on $PORT but its console on $CONSOLE_PORT is not (see $WS_HOME/logs/$NAME.log)"
  fi
  # A client without the gRPC port would fail later and obscurely: check it now.
  port_in_use "$((PORT + 1000))" || die "nacos answers on $PORT but its gRPC port $((PORT + 1000)) is not listening"
  echo "nacos started on $PORT (pid $pid) in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

stop() {
  stop_pid "$NAME"
  rm -f "$(port_file "$NAME")"
  echo "nacos stopped"
}

status() {
  local pid
  if pid="$(running_pid "$NAME")"; then
    echo "nacos running on $(cat "$(port_file "$NAME")" 2>/dev/null || echo "?") (pid $pid)"
    return 0
  fi
  echo "nacos stopped"
  return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 {start|stop|status}" >&2; exit 2 ;;
esac
