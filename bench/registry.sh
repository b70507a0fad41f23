#!/usr/bin/env bash
# Scenario c of bench/README.md, "the registry at 100× the district", on a private suite: free ports, its own
# WS_HOME (a fresh folder in /tmp unless WS_HOME is set), no demo data (WS_SEED=0). Builds the bench jar
# (WS_SKIP_BUILD=1: the suite's jars are already built; BENCH_SKIP_BUILD=1: the bench jar too), starts the suite
# from a snapshot of the jars, registers 70,900 enterprises straight to enterprise-service, compares gRPC and REST
# look-ups by id and by credit code at that size, fetches the one-enterprise profile through the gateway with
# every sibling up and then with hazard-service stopped, prints the table, writes it with the machine's
# description to bench/results/<date>-registry-100x.md, and stops everything it started. ~5 min on 2 cores.
#
# Env: BENCH_REGISTRY_SIZE (70900), BENCH_REGISTRY_CONCURRENCY (16), BENCH_WARMUP (s per target, 10),
#      BENCH_DURATION (s per target and measurement, 10), BENCH_ROUNDS (2), BENCH_CONCURRENCY (saturation
#      workers, 16), BENCH_RATE (req/s, 200), BENCH_PROFILE_RATE (req/s, 50), BENCH_PROFILE_DURATION (s, 15),
#      BENCH_PROFILE_DEADLINE_MS (the suite's worksafety.enterprise.profile.sibling-deadline, 800),
#      BENCH_JAVA_OPTS (the load generator's JVM options).
set -euo pipefail
# Always a fresh home of its own: it is deleted afterwards, so never a WS_HOME set for a real suite.
export WS_HOME="$(mktemp -d /tmp/worksafety-registry.XXXXXX)"
source "$(dirname "${BASH_SOURCE[0]}")/../dev/lib.sh"
source "$WS_REPO/bench/lib.sh"
SNAP="$WS_HOME/suite"
T0=$SECONDS
LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"

pick_ports
export WS_SEED=0 WS_SKIP_BUILD_SUITE="${WS_SKIP_BUILD:-0}"
log "registry bench in $WS_HOME: gateway $WS_GATEWAY_PORT, enterprise-service $WS_ENTERPRISE_PORT (gRPC $((WS_ENTERPRISE_PORT + 1000))), hazard-service $WS_HAZARD_PORT"

cleanup() {
  local rc=$?
  [ -x "$SNAP/dev/suite.sh" ] && bash "$SNAP/dev/suite.sh" down >/dev/null 2>&1 || true
  if [ $rc -ne 0 ]; then
    log "registry bench failed; logs kept in $WS_HOME/logs"
  else
    rm -rf "$WS_HOME"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$WS_SKIP_BUILD_SUITE" != 1 ]; then
  log "building the suite (mvn -DskipTests install)"
  mvn_repo -DskipTests install >"$WS_HOME/logs/build.log" 2>&1 || { tail -30 "$WS_HOME/logs/build.log" >&2; die "build failed: see $WS_HOME/logs/build.log"; }
fi
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  # With proto in the reactor: the bench calls GetEnterpriseByCreditCode, which an older installed proto lacks.
  log "building the bench jar (mvn -pl proto,bench package)"
  mvn_repo -pl proto,bench package -DskipTests >"$WS_HOME/logs/bench-build.log" 2>&1 ||
    { tail -30 "$WS_HOME/logs/bench-build.log" >&2; die "bench build failed: see $WS_HOME/logs/bench-build.log"; }
fi
[ -f "$WS_REPO/bench/target/bench.jar" ] || die "bench/target/bench.jar is missing"
snapshot_suite "$SNAP"

WS_SKIP_BUILD=1 bash "$SNAP/dev/suite.sh" up >"$WS_HOME/logs/suite-up.log" 2>&1 ||
  { tail -30 "$WS_HOME/logs/suite-up.log" >&2; die "the suite did not start: see $WS_HOME/logs"; }
ready="$(grep -o 'suite ready in [0-9]* s' "$WS_HOME/logs/suite-up.log" | grep -o '[0-9]*' || echo '?')"
log "suite ready in $ready s"
# The gateway and the services want a token: the bench client's, from the suite's issuer.
WS_TOKEN="$(bash "$SNAP/dev/auth.sh" token bench bench-dev-secret "enterprise:read enterprise:write")"
export WS_TOKEN

# Run by the bench between the two profile measurements, with this script's environment (WS_HOME and ports).
stop_hazard="$(printf 'WS_HOME=%q WS_SKIP_BUILD=1 bash %q stop-app hazard-service' "$WS_HOME" "$SNAP/dev/suite.sh")"

table="$WS_HOME/bench-table.md"
rc=0
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:--Xms128m -Xmx512m} -jar "$SNAP/bench/target/bench.jar" --scenario=registry \
  --gateway="http://127.0.0.1:$WS_GATEWAY_PORT" \
  --direct="http://127.0.0.1:$WS_ENTERPRISE_PORT" \
  --grpc="127.0.0.1:$((WS_ENTERPRISE_PORT + 1000))" \
  --stop-hazard-command="$stop_hazard" \
  --registry-size="${BENCH_REGISTRY_SIZE:-70900}" --registry-concurrency="${BENCH_REGISTRY_CONCURRENCY:-16}" \
  --warmup="${BENCH_WARMUP:-10}" --duration="${BENCH_DURATION:-10}" --rounds="${BENCH_ROUNDS:-2}" \
  --concurrency="${BENCH_CONCURRENCY:-16}" --rate="${BENCH_RATE:-200}" \
  --profile-rate="${BENCH_PROFILE_RATE:-50}" --profile-duration="${BENCH_PROFILE_DURATION:-15}" \
  --profile-deadline-ms="${BENCH_PROFILE_DEADLINE_MS:-800}" \
  --out="$table" >"$WS_HOME/logs/bench.out" || rc=$?
[ -s "$table" ] || die "the bench produced no table (exit $rc)"

mkdir -p "$WS_REPO/bench/results"
result="$WS_REPO/bench/results/$(date +%F)-registry-100x.md"
{
  echo "# The registry at 100× the district — $(date '+%F %H:%M %Z')"
  echo
  machine_info
  echo "- Load average (1/5/15 min) when the script started: $LOAD_AT_START"
  echo "- Command: bench/registry.sh (WS_SKIP_BUILD=$WS_SKIP_BUILD_SUITE); suite ready in $ready s; whole script $((SECONDS - T0)) s"
  echo
  cat "$table"
} >"$result"
cat "$table"
log "written to ${result#"$WS_REPO/"} ($((SECONDS - T0)) s in all)"
# 3: some look-ups or profile answers failed (the table says how many); anything else is a broken run.
if [ "$rc" = 3 ]; then log "some requests failed: see the table"; elif [ "$rc" != 0 ]; then die "the bench exited with $rc"; fi
