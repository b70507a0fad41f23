#!/usr/bin/env bash
# The test command: unit, integration and end-to-end tests on a private stack. It picks free ports,
# keeps everything under its own home (a fresh folder in /tmp, or WS_TEST_HOME), starts
# PostgreSQL, Elasticsearch and Nacos with the same scripts as `dev/suite.sh up`, runs `mvn verify`
# (the e2e module starts the applications with dev/suite.sh itself) with every application's image built
# to a tarball (dev/images/), starts one image, and stops all it started.
set -euo pipefail
# Never the developer's WS_HOME: the tests must not touch a suite that runs for real.
if [ -n "${WS_TEST_HOME:-}" ]; then
  export WS_HOME="$WS_TEST_HOME" OWN_HOME=0
else
  export WS_HOME="$(mktemp -d /tmp/worksafety-test.XXXXXX)" OWN_HOME=1
fi
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# A port P whose neighbours P+offsets are free too (Nacos binds P-1000, P+1000, P+1001), below the
# ephemeral range (32768+) so that no outgoing connection takes it before its server binds it.
port_with() {
  local p o ok
  for _ in $(seq 100); do
    p=$((11000 + RANDOM % 20000)); ok=1
    for o in 0 "$@"; do
      if port_in_use $((p + o)) || [[ " $TAKEN " == *" $((p + o)) "* ]]; then ok=0; break; fi
    done
    if [ "$ok" = 1 ]; then
      for o in 0 "$@"; do TAKEN="$TAKEN $((p + o))"; done
      PICKED=$p
      return 0
    fi
  done
  die "no free port found"
}
TAKEN=""
pick() { local var="$1"; shift; port_with "$@"; export "$var=$PICKED"; }
pick WS_PG_PORT
pick WS_ES_PORT 100
pick WS_NACOS_PORT -1000 1000 1001
pick WS_AUTH_PORT
for app in GATEWAY ENTERPRISE HAZARD ENFORCEMENT TRAINING; do
  pick "WS_${app}_PORT" 1000
done
pick WS_IMAGE_RUN_PORT
log "test stack in $WS_HOME: postgres $WS_PG_PORT, elasticsearch $WS_ES_PORT, nacos $WS_NACOS_PORT, gateway $WS_GATEWAY_PORT"

cleanup() {
  local rc=$?
  # A base image still building (the stack failed first) is let finish: killing debootstrap leaves mounts
  if [ -n "${base_pid:-}" ]; then wait "$base_pid" 2>/dev/null || true; fi
  bash "$WS_REPO/dev/suite.sh" down >/dev/null 2>&1 || true
  if [ $rc -ne 0 ]; then
    log "tests failed; logs kept in $WS_HOME/logs"
  elif [ "$OWN_HOME" = 1 ]; then
    rm -rf "$WS_HOME"
  fi
  exit $rc
}
trap cleanup EXIT

# The images: no registry is reachable, so the build is proven on a JRE base image made here (cached after
# the first run), built while the stack starts; `mvn verify` builds every application's image to a tarball
# on it, and the gateway's image is then started from its layers.
bash "$WS_REPO/dev/images/base-image.sh" >"$WS_HOME/run/base-image" 2>"$WS_HOME/logs/base-image.log" &
base_pid=$!
pids=()
for part in postgres elasticsearch nacos; do bash "$WS_REPO/dev/$part.sh" start & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || die "the test stack did not start"; done
wait "$base_pid" || { cat "$WS_HOME/logs/base-image.log" >&2; die "the base image did not build"; }

cd "$WS_REPO"
mvn -B -ntp verify -Pimage-tars -Djib.from.image="tar://$(cat "$WS_HOME/run/base-image")" "$@"
bash "$WS_REPO/dev/images/run-image.sh" gateway/target/jib-image.tar --server.port="$WS_IMAGE_RUN_PORT" \
  --spring.cloud.nacos.discovery.enabled=false
