#!/usr/bin/env bash
# The load scenarios (bench/README.md) on a private suite: free ports, its own WS_HOME (a fresh folder in /tmp
# unless WS_HOME is set), no demo data. Builds the suite (WS_SKIP_BUILD=1 uses the jars already built), the
# bench jar and the reference gateway, starts the suite from a snapshot of those jars and the reference
# gateways beside it (two stock Spring Cloud Gateways and nginx), runs the scenarios, prints the table, writes it with the machine's description to
# bench/results/<date>-gateway-and-grpc.md, and stops everything it started.
#
# Env: BENCH_WARMUP (s per target, 60: C2 compiles the request paths in about a minute), BENCH_DURATION (s per target and measurement, 15), BENCH_ROUNDS (3),
#      BENCH_CONCURRENCY (saturation workers, 16), BENCH_RATE (req/s, 200), BENCH_ENTERPRISES (300),
#      BENCH_JAVA_OPTS (the load generator's JVM options).
set -euo pipefail
# Always a fresh home of its own: it is deleted afterwards, so never a WS_HOME set for a real suite.
export WS_HOME="$(mktemp -d /tmp/worksafety-bench.XXXXXX)"
source "$(dirname "${BASH_SOURCE[0]}")/../dev/lib.sh"
source "$WS_REPO/bench/lib.sh"
SNAP="$WS_HOME/suite"

pick_ports
log "bench stack in $WS_HOME: gateway $WS_GATEWAY_PORT, enterprise-service $WS_ENTERPRISE_PORT (gRPC $((WS_ENTERPRISE_PORT + 1000)))"

cleanup() {
  local rc=$?
  stop_pid reference-plain >/dev/null 2>&1 || true
  stop_pid reference-secured >/dev/null 2>&1 || true
  stop_pid reference-nginx >/dev/null 2>&1 || true
  [ -x "$SNAP/dev/suite.sh" ] && bash "$SNAP/dev/suite.sh" down >/dev/null 2>&1 || true
  if [ $rc -ne 0 ]; then
    log "bench failed; logs kept in $WS_HOME/logs"
  else
    rm -rf "$WS_HOME"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${WS_SKIP_BUILD:-0}" != 1 ]; then
  log "building the suite (mvn -DskipTests install)"
  mvn_repo -DskipTests install >"$WS_HOME/logs/build.log" 2>&1 || { tail -30 "$WS_HOME/logs/build.log" >&2; die "build failed: see $WS_HOME/logs/build.log"; }
fi
log "building the bench jar and the reference gateway"
# With proto in the reactor: the bench calls GetEnterpriseByCreditCode (scenario c), which an older installed
# proto lacks.
mvn_repo -pl proto,bench,bench/reference-gateway package -DskipTests >"$WS_HOME/logs/bench-build.log" 2>&1 ||
  { tail -30 "$WS_HOME/logs/bench-build.log" >&2; die "bench build failed: see $WS_HOME/logs/bench-build.log"; }
snapshot_suite "$SNAP"

WS_SEED=0 WS_SKIP_BUILD=1 bash "$SNAP/dev/suite.sh" up >"$WS_HOME/logs/suite-up.log" 2>&1 ||
  { tail -30 "$WS_HOME/logs/suite-up.log" >&2; die "the suite did not start: see $WS_HOME/logs"; }
log "$(grep -o 'suite ready in [0-9]* s' "$WS_HOME/logs/suite-up.log" || echo 'suite ready')"
# The gateway and the services want a token: the bench client's, from the suite's issuer.
WS_TOKEN="$(bash "$SNAP/dev/auth.sh" token bench bench-dev-secret "enterprise:read enterprise:write")"
export WS_TOKEN

# The yardsticks of scenario a (bench/reference-gateway): Spring Cloud Gateway as it comes, one static route to
# enterprise-service, plain and with Spring Boot's default resource server for the suite's issuer; the
# applications' JVM options (dev/lib.sh).
start_reference() {
  local name="$1" port="$2" i code
  shift 2
  # shellcheck disable=SC2046
  setsid nohup java $(app_java_opts) -jar "$SNAP/bench/reference-gateway/target/reference-gateway.jar" \
    --server.port="$port" --reference.target="http://127.0.0.1:$WS_ENTERPRISE_PORT" "$@" \
    >"$WS_HOME/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$(pid_file "$name")"
  # No actuator: ready when it answers at all (the service's 404, or the resource server's 401).
  for ((i = 0; i < 600; i++)); do
    code="$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "http://127.0.0.1:$port/api/v1/enterprises/0" || true)"
    [ "$code" != 000 ] && return 0
    running_pid "$name" >/dev/null || break
    sleep 0.2
  done
  tail -20 "$WS_HOME/logs/$name.log" >&2
  die "$name did not start"
}
plain_port="$(port_with)"
secured_port="$(port_with)"
start_reference reference-plain "$plain_port"
start_reference reference-secured "$secured_port" --spring.profiles.active=secured \
  --reference.jwk-set-uri="http://127.0.0.1:$WS_AUTH_PORT/oauth2/jwks"
log "reference gateways on $plain_port (plain) and $secured_port (secured)"

# A third yardstick outside the JVM: nginx (bench/lib.sh, start_nginx).
references="reference-plain@http://127.0.0.1:$plain_port@$(pid_file reference-plain),reference-secured@http://127.0.0.1:$secured_port@$(pid_file reference-secured)"
nginx_port="$(port_with)"
if start_nginx reference-nginx "$nginx_port" "$WS_ENTERPRISE_PORT"; then
  references="$references,reference-nginx@http://127.0.0.1:$nginx_port@$(pid_file reference-nginx)"
  log "nginx on $nginx_port"
fi

table="$WS_HOME/bench-table.md"
rc=0
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:--Xms128m -Xmx512m} -jar "$SNAP/bench/target/bench.jar" \
  --gateway="http://127.0.0.1:$WS_GATEWAY_PORT" \
  --direct="http://127.0.0.1:$WS_ENTERPRISE_PORT" \
  --grpc="127.0.0.1:$((WS_ENTERPRISE_PORT + 1000))" \
  --gateway-pid-file="$WS_HOME/run/gateway.pid" \
  --service-pid-file="$WS_HOME/run/enterprise-service.pid" \
  --clk-tck="$(getconf CLK_TCK)" \
  --enterprises="${BENCH_ENTERPRISES:-300}" \
  --warmup="${BENCH_WARMUP:-60}" --duration="${BENCH_DURATION:-15}" --rounds="${BENCH_ROUNDS:-3}" \
  --concurrency="${BENCH_CONCURRENCY:-16}" --rate="${BENCH_RATE:-200}" \
  --references="$references" \
  --out="$table" >/dev/null || rc=$?
[ -s "$table" ] || die "the bench produced no table (exit $rc)"

mkdir -p "$WS_REPO/bench/results"
result="$WS_REPO/bench/results/$(date +%F)-gateway-and-grpc.md"
{
  echo "# Gateway hop and gRPC vs REST — $(date '+%F %H:%M %Z')"
  echo
  machine_info
  echo "- Command: bench/run.sh (WS_SKIP_BUILD=${WS_SKIP_BUILD:-0}); suite ready in $(grep -o 'suite ready in [0-9]* s' "$WS_HOME/logs/suite-up.log" | grep -o '[0-9]*' || echo '?') s"
  echo
  cat "$table"
} >"$result"
cat "$table"
log "written to ${result#"$WS_REPO/"}"
# 3: some lookups failed (the table says how many); anything else is a broken run.
if [ "$rc" = 3 ]; then log "some lookups failed: see the table"; elif [ "$rc" != 0 ]; then die "the bench exited with $rc"; fi
