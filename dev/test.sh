#!/usr/bin/env bash
# The test command: unit, integration and end-to-end tests on a private stack. It picks free ports,
# keeps everything under its own home (a fresh folder in /tmp, or WS_TEST_HOME), starts
# PostgreSQL, Elasticsearch and Nacos with the same scripts as `dev/suite.sh up`, runs `mvn verify`
# (the e2e module starts the applications with dev/suite.sh itself), and stops all it started.
set -euo pipefail
# Never the developer's WS_HOME: the tests must not touch a suite that runs for real.
if [ -n "${WS_TEST_HOME:-}" ]; then
  export WS_HOME="$WS_TEST_HOME" OWN_HOME=0
else
  export WS_HOME="$(mktemp -d /tmp/worksafety-test.XXXXXX)" OWN_HOME=1
fi
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# A port P whose neighbours P+offsets are free too (Nacos binds P-1000, P+1000, P+1001).
port_with() {
  local p o ok
  for _ in $(seq 50); do
    p=$((21000 + RANDOM % 30000)); ok=1
    for o in 0 "$@"; do port_in_use $((p + o)) && { ok=0; break; }; done
    [ "$ok" = 1 ] && { echo "$p"; return 0; }
  done
  die "no free port found"
}
export WS_PG_PORT="$(port_with)"
export WS_ES_PORT="$(port_with 100)"
export WS_NACOS_PORT="$(port_with -1000 1000 1001)"
for app in GATEWAY ENTERPRISE HAZARD ENFORCEMENT TRAINING; do
  export "WS_${app}_PORT=$(port_with 1000)"
done
log "test stack in $WS_HOME: postgres $WS_PG_PORT, elasticsearch $WS_ES_PORT, nacos $WS_NACOS_PORT, gateway $WS_GATEWAY_PORT"

cleanup() {
  local rc=$?
  bash "$WS_REPO/dev/suite.sh" down >/dev/null 2>&1 || true
  if [ $rc -ne 0 ]; then
    log "tests failed; logs kept in $WS_HOME/logs"
  elif [ "$OWN_HOME" = 1 ]; then
    rm -rf "$WS_HOME"
  fi
  exit $rc
}
trap cleanup EXIT

pids=()
for part in postgres elasticsearch nacos; do bash "$WS_REPO/dev/$part.sh" start & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || die "the test stack did not start"; done

cd "$WS_REPO"
mvn -B -ntp verify "$@"
