#!/usr/bin/env bash
# The suite's footprint: how long `dev/suite.sh up` (WS_SEED=0, WS_SKIP_BUILD=1) takes from nothing running —
# PostgreSQL, Elasticsearch and Nacos included — to ready (every application ready and reachable through the
# gateway), and the resident memory of each application and of the stack right after. Needs the suite built
# (`mvn -B -q -DskipTests install`); runs on free ports in its own WS_HOME and stops everything it started.
#
# Two starts: the first on the empty WS_HOME installs the stack there (unpacks Elasticsearch, initdb, Flyway
# migrations, Nacos' embedded store) and is reported for information; then everything is stopped and the
# second, measured start is the cold start of an installed suite. Writes bench/results/<date>-footprint.md.
set -euo pipefail
# Always a fresh home of its own: it is deleted afterwards, so never a WS_HOME set for a real suite.
export WS_HOME="$(mktemp -d /tmp/worksafety-footprint.XXXXXX)"
source "$(dirname "${BASH_SOURCE[0]}")/../dev/lib.sh"
BENCH="$WS_REPO/bench"
APPS=(enterprise-service hazard-service enforcement-service training-service gateway)
STACK=(postgres elasticsearch nacos)

source "$WS_REPO/bench/lib.sh"
SNAP="$WS_HOME/suite"
pick_ports
export WS_SEED=0 WS_SKIP_BUILD=1

cleanup() {
  local rc=$?
  [ -x "$SNAP/dev/suite.sh" ] && bash "$SNAP/dev/suite.sh" down >/dev/null 2>&1 || true
  if [ $rc -ne 0 ]; then log "footprint failed; logs kept in $WS_HOME/logs"; else rm -rf "$WS_HOME"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# up LOG: seconds from `dev/suite.sh up` to ready.
up() {
  local t0 t1
  t0="$(date +%s.%N)"
  bash "$SNAP/dev/suite.sh" up >"$WS_HOME/logs/$1" 2>&1 || { tail -30 "$WS_HOME/logs/$1" >&2; die "the suite did not start: see $WS_HOME/logs"; }
  t1="$(date +%s.%N)"
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
}

# The pid of a component and all its descendants (PostgreSQL's backends, Elasticsearch's controller).
tree_of() {
  ps -e -o pid=,ppid= | awk -v root="$1" '
    { parent[$1] = $2 }
    END { for (p in parent) { q = p; while (q != "" && q != 0 && q != root) q = parent[q]; if (q == root) print p } }'
}

# mem NAME: "RSS_MB TREE_RSS_MB TREE_PSS_MB" (ps -o rss of the process; RSS and PSS summed over its tree).
mem() {
  local pid rss tree_rss=0 tree_pss=0 p r s
  pid="$(running_pid "$1")" || { echo "- - -"; return; }
  rss="$(ps -o rss= -p "$pid" | tr -d ' ')"
  for p in $(tree_of "$pid"); do
    r="$(ps -o rss= -p "$p" 2>/dev/null | tr -d ' ')" || continue
    s="$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)"
    tree_rss=$((tree_rss + ${r:-0})); tree_pss=$((tree_pss + ${s:-0}))
  done
  awk -v a="$rss" -v b="$tree_rss" -v c="$tree_pss" 'BEGIN { printf "%.0f %.0f %.0f", a/1024, b/1024, c/1024 }'
}

snapshot() {
  local name
  for name in "${APPS[@]}" "${STACK[@]}"; do echo "$name $(mem "$name")"; done
}

log "footprint in $WS_HOME (gateway $WS_GATEWAY_PORT)"
# Run from a copy of the built jars, so a rebuild in the working tree cannot change them under the suite.
snapshot_suite "$SNAP"
log "first start on an empty WS_HOME (installs the stack there)"
first="$(up suite-up-first.log)"
first_mem="$(snapshot)"
log "  ready in $first s; stopping everything"
bash "$SNAP/dev/suite.sh" down >"$WS_HOME/logs/suite-down.log" 2>&1
for name in "${APPS[@]}" "${STACK[@]}"; do running_pid "$name" >/dev/null && die "$name still runs after down"; done
sleep 2

log "cold start: nothing running, stack installed"
cold="$(up suite-up-cold.log)"
sleep 1
cold_mem="$(snapshot)"
log "  ready in $cold s"

verdict() { if [ "$1" = 1 ]; then echo PASS; else echo MISS; fi; }
table="$(
  echo "| what | value | target | verdict |"
  echo "|---|---:|---|---|"
  echo "| cold to ready (dev/suite.sh up, stack installed, nothing running) | $cold s | ≤ 60 s | $(verdict "$(awk -v v="$cold" 'BEGIN { print (v <= 60) }')") |"
  echo "| first start on an empty WS_HOME (installs ES, initdb, migrations) | $first s | (information) | |"
  echo
  echo "| component | RSS at ready, ps -o rss (MB) | with children: RSS / PSS (MB) | RSS after the first start (MB) | target | verdict |"
  echo "|---|---:|---:|---:|---|---|"
  for name in "${APPS[@]}" "${STACK[@]}"; do
    read -r _ rss trss tpss <<<"$(grep "^$name " <<<"$cold_mem")"
    read -r _ frss _ _ <<<"$(grep "^$name " <<<"$first_mem")"
    if [[ " ${APPS[*]} " == *" $name "* ]]; then
      echo "| $name | $rss | $trss / $tpss | $frss | ≤ 400 MB | $(verdict "$( [ "$rss" != - ] && [ "$rss" -le 400 ] && echo 1)") |"
    else
      echo "| $name | $rss | $trss / $tpss | $frss | (stack) | |"
    fi
  done
)"
apps_total="$(for name in "${APPS[@]}"; do grep "^$name " <<<"$cold_mem" | awk '{print $2}'; done | awk '{s += $1} END {print s}')"
all_total="$(grep -v ' - ' <<<"$cold_mem" | awk '{s += $4} END {print s}')"

mkdir -p "$BENCH/results"
result="$BENCH/results/$(date +%F)-footprint.md"
{
  echo "# Suite footprint — $(date '+%F %H:%M %Z')"
  echo
  machine_info
  echo "- Command: bench/footprint.sh (WS_SEED=0 WS_SKIP_BUILD=1 dev/suite.sh up, timed from the call to its return)"
  echo
  echo "$table"
  echo
  echo "Applications together: $apps_total MB RSS; everything (PSS, children included): $all_total MB."
  echo "RSS is taken right at ready, idle and without demo data; memory under load is higher. PostgreSQL's"
  echo "children share its buffers, so their RSS sum counts shared memory many times: PSS is the fair total."
  echo "The OS page cache is warm (jars read by the first start), so 'cold' means cold JVMs and stopped stack."
} >"$result"
echo "$table"
log "written to ${result#"$WS_REPO/"}"
