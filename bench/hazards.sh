#!/usr/bin/env bash
# Scenario d1 (bench/README.md) on a private suite: hazard reports through the gateway, straight to hazard-service
# and the gRPC enterprise check alone, side by side in one run; while it runs, a JFR recording of hazard-service
# (profile settings) and the CPU of each thread group of the gateway, hazard-service and enterprise-service
# (/proc/<pid>/task/*/stat); then saturation with wrk through the gateway, straight, and through nginx (bench/lib.sh,
# start_nginx) for comparison. Builds nothing unless asked (WS_SKIP_BUILD=0 builds the suite first), starts the suite
# from a snapshot of the jars with no demo data, writes bench/results/<date>-hazard-reports.md and stops everything
# it started.
#
# Env: BENCH_WARMUP (s per target, 60: C2 compiles the request paths in about a minute), BENCH_DURATION (s per target and measurement, 15), BENCH_ROUNDS (3),
#      BENCH_CONCURRENCY (closed-loop workers, 32), BENCH_RATE (req/s, 1000), BENCH_ENTERPRISES (100),
#      BENCH_JAVA_OPTS (the load generator's JVM options); then wrk (installed with apt when missing):
#      BENCH_WRK_CONNECTIONS (16), BENCH_WRK_DURATION (s per target, 30).
set -euo pipefail
export WS_HOME="$(mktemp -d /tmp/worksafety-bench-hazards.XXXXXX)"
source "$(dirname "${BASH_SOURCE[0]}")/../dev/lib.sh"
source "$WS_REPO/bench/lib.sh"
SNAP="$WS_HOME/suite"
pick_ports

cleanup() {
  local rc=$?
  stop_pid nginx >/dev/null 2>&1 || true
  [ -x "$SNAP/dev/suite.sh" ] && bash "$SNAP/dev/suite.sh" down >/dev/null 2>&1 || true
  if [ $rc -ne 0 ]; then log "bench failed; logs kept in $WS_HOME/logs"; else rm -rf "$WS_HOME"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${WS_SKIP_BUILD:-1}" != 1 ]; then
  log "building the suite (mvn -DskipTests install)"
  mvn_repo -DskipTests install >"$WS_HOME/logs/build.log" 2>&1 || die "build failed: see $WS_HOME/logs/build.log"
fi
snapshot_suite "$SNAP"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
WS_SEED=0 WS_SKIP_BUILD=1 bash "$SNAP/dev/suite.sh" up >"$WS_HOME/logs/suite-up.log" 2>&1 ||
  { tail -30 "$WS_HOME/logs/suite-up.log" >&2; die "the suite did not start: see $WS_HOME/logs"; }
WS_TOKEN="$(bash "$SNAP/dev/auth.sh" token bench bench-dev-secret "enterprise:read enterprise:write hazard:read hazard:write")"
export WS_TOKEN

pid_of() { cat "$WS_HOME/run/$1.pid"; }
# Thread CPU (utime + stime, in clock ticks) per thread, "name ticks" per line; names with their numbers folded
# into one group (http-nio-8082-exec-12 → http-nio-N-exec-N).
threads() {
  local pid="$1" t
  for t in /proc/"$pid"/task/*; do
    python3 - "$t/stat" <<'PY' 2>/dev/null || true
import sys, re
s = open(sys.argv[1]).read()
name = s[s.index('(') + 1:s.rindex(')')]
f = s[s.rindex(')') + 2:].split()
print(re.sub(r'\d+', 'N', name).replace(' ', '_'), int(f[11]) + int(f[12]))
PY
  done
}
for app in gateway hazard-service enterprise-service; do threads "$(pid_of "$app")" >"$WS_HOME/cpu-$app.before"; done
hazard_pid="$(pid_of hazard-service)"
jcmd "$hazard_pid" JFR.start name=d1 settings=profile filename="$WS_HOME/hazard-service.jfr" >/dev/null

table="$WS_HOME/table.md"
rc=0
t0=$SECONDS
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:--Xms128m -Xmx512m} -jar "$SNAP/bench/target/bench.jar" --scenario=hazards \
  --gateway="http://127.0.0.1:$WS_GATEWAY_PORT" --direct="http://127.0.0.1:$WS_HAZARD_PORT" \
  --grpc="127.0.0.1:$((WS_ENTERPRISE_PORT + 1000))" --enterprises="${BENCH_ENTERPRISES:-100}" \
  --warmup="${BENCH_WARMUP:-60}" --duration="${BENCH_DURATION:-15}" --rounds="${BENCH_ROUNDS:-3}" \
  --concurrency="${BENCH_CONCURRENCY:-32}" --rate="${BENCH_RATE:-1000}" --out="$table" >/dev/null || rc=$?
elapsed=$((SECONDS - t0))
load_during="$(cut -d' ' -f1-3 /proc/loadavg)"
jcmd "$hazard_pid" JFR.stop name=d1 >/dev/null
for app in gateway hazard-service enterprise-service; do threads "$(pid_of "$app")" >"$WS_HOME/cpu-$app.after"; done
[ -s "$table" ] || die "the bench produced no table (exit $rc)"
# Saturation once more with wrk, a load generator in C: the Java one above spends a good share of the two cores
# itself, which the suite then lacks. The applications are warm from the rounds above. Per target: 15 s of
# warm-up, then BENCH_WRK_DURATION s measured, with the CPU each process spent per report (/proc; PostgreSQL's
# backends counted while alive throughout).
wrk_table="$WS_HOME/wrk.md"
if ! command -v wrk >/dev/null; then
  log "installing wrk (apt)"
  { apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }; } >"$WS_HOME/logs/wrk-install.log" 2>&1 ||
    log "wrk could not be installed (see $WS_HOME/logs/wrk-install.log): its table is left out"
fi
if command -v wrk >/dev/null; then
  export BENCH_WRK_ENTERPRISES="$WS_HOME/enterprises.txt"
  PGPASSWORD=worksafety /usr/lib/postgresql/15/bin/psql -X -tA -h 127.0.0.1 -p "$WS_PG_PORT" -U worksafety -d enterprise \
    -c "SELECT id FROM enterprise WHERE NOT deleted ORDER BY id LIMIT ${BENCH_ENTERPRISES:-100}" >"$BENCH_WRK_ENTERPRISES"
  BENCH_WRK_TOKEN="$(bash "$SNAP/dev/auth.sh" token bench bench-dev-secret "hazard:read hazard:write")"
  export BENCH_WRK_TOKEN
  connections="${BENCH_WRK_CONNECTIONS:-16}"
  wrk_duration="${BENCH_WRK_DURATION:-30}"
  postgres_pid="$(pid_of postgres)"
  targets=("gateway $WS_GATEWAY_PORT" "hazard-direct $WS_HAZARD_PORT")
  # The yardstick (bench/lib.sh): the same POST through nginx in front of hazard-service, what any proxy adds here.
  nginx_port="$(port_with)"
  proxy_pids="$(pid_of gateway)"
  if start_nginx nginx "$nginx_port" "$WS_HAZARD_PORT"; then
    targets+=("nginx $nginx_port")
    proxy_pids="$proxy_pids $(pid_of nginx)"
  fi
  # "pid ticks" of each process measured: the proxies, the two services and PostgreSQL's backends.
  cpu_snapshot() {
    local p
    for p in $proxy_pids "$(pid_of hazard-service)" "$(pid_of enterprise-service)" $(pgrep -P "$postgres_pid"); do
      echo "$p $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)"
    done
  }
  {
    echo "| target | reports/s | p50 ms | p99 ms | errors | CPU per report: the proxy (gateway or nginx) | hazard-service | enterprise-service | PostgreSQL |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  } >"$wrk_table"
  for target in "${targets[@]}"; do
    read -r name port <<<"$target"
    url="http://127.0.0.1:$port/api/v1/hazards"
    wrk -t2 -c"$connections" -d15s -s "$WS_REPO/bench/wrk/hazard-report.lua" "$url" >/dev/null
    cpu_snapshot >"$WS_HOME/wrk-$name.before"
    wrk -t2 -c"$connections" -d"${wrk_duration}s" --latency -s "$WS_REPO/bench/wrk/hazard-report.lua" "$url" \
      >"$WS_HOME/wrk-$name.txt"
    cpu_snapshot >"$WS_HOME/wrk-$name.after"
    proxy_pid=""
    case "$name" in gateway) proxy_pid="$(pid_of gateway)" ;; nginx) proxy_pid="$(pid_of nginx)" ;; esac
    python3 - "$WS_HOME" "$name" "$(getconf CLK_TCK)" "$proxy_pid" "$(pid_of hazard-service)" \
      "$(pid_of enterprise-service)" $proxy_pids >>"$wrk_table" <<'PY'
import re, sys
home, name, tck, proxy, hazard, enterprise = sys.argv[1], sys.argv[2], int(sys.argv[3]), *sys.argv[4:7]
proxies = sys.argv[7:]
out = open(f"{home}/wrk-{name}.txt").read()
def ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
requests = int(re.search(r"(\d+) requests in", out).group(1))
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p50, p99 = (ms(re.search(rf"\s{p}%\s+(\S+)", out).group(1)) for p in ("50", "99"))
errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
def read(suffix):
    return {p: int(t) for p, t in (line.split() for line in open(f"{home}/wrk-{name}.{suffix}"))}
before, after = read("before"), read("after")
def micros(pids):
    ticks = sum(after[p] - before[p] for p in pids if p in before and p in after)
    return f"{ticks / tck / max(requests, 1) * 1e6:.0f} µs"
postgres = [p for p in after if p not in (hazard, enterprise, *proxies)]
print(f"| {name} | {rate:.0f} | {p50:.2f} | {p99:.2f} | {errors} | {micros([proxy]) if proxy else '–'} | "
      f"{micros([hazard])} | {micros([enterprise])} | {micros(postgres)} |")
PY
  done
fi
reports="$(PGPASSWORD=worksafety /usr/lib/postgresql/15/bin/psql -X -tA -h 127.0.0.1 -p "$WS_PG_PORT" -U worksafety -d hazard \
  -c 'SELECT count(*) FROM hazard')"

# CPU seconds per thread group over the whole bench (warm-up included), the ten largest of each application.
cpu_table() {
  python3 - "$WS_HOME" "$(getconf CLK_TCK)" "$elapsed" <<'PY'
import sys, collections
home, tck, elapsed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
print("| application | thread group | CPU s | share of the application |")
print("|---|---|---:|---:|")
for app in ("gateway", "hazard-service", "enterprise-service"):
    def read(suffix):
        d = collections.Counter()
        for line in open(f"{home}/cpu-{app}.{suffix}"):
            name, ticks = line.split()
            d[name] += int(ticks)
        return d
    before, after = read("before"), read("after")
    # A thread that ended during the run is missing from "after"; its CPU is not counted.
    delta = {k: after[k] - before.get(k, 0) for k in after}
    total = sum(v for v in delta.values() if v > 0)
    for name, v in sorted(delta.items(), key=lambda kv: -kv[1])[:10]:
        if v > 0:
            print(f"| {app} | {name} | {v / tck:.1f} | {100 * v / total:.0f}% |")
    print(f"| {app} | **all** | {total / tck:.1f} | {100 * total / tck / elapsed:.0f}% of one core over {elapsed} s |")
PY
}

# The JFR execution samples of hazard-service: the share of samples whose stack passes through each layer, and the
# hottest top frames.
jfr_profile() {
  jfr print --events jdk.ExecutionSample "$WS_HOME/hazard-service.jfr" | python3 -c '
import sys, collections
layers = [("PostgreSQL JDBC driver", "org.postgresql."), ("HikariCP", "com.zaxxer.hikari."),
          ("gRPC / Netty (enterprise check)", ("io.grpc.", "io.netty.")), ("JSON (Jackson)", ("tools.jackson.", "com.fasterxml.jackson.")),
          ("Tomcat / HTTP", ("org.apache.coyote.", "org.apache.tomcat.")), ("Spring Security / JWT", ("org.springframework.security.", "com.nimbusds.")),
          ("idempotency filter", "cn.gov.sucheng.worksafety.platform.idempotency."), ("logging", ("ch.qos.logback.", "org.slf4j.")),
          ("Micrometer / tracing", ("io.micrometer.",)), ("hazard-service code", "cn.gov.sucheng.worksafety.hazard."),
          ("validation", "org.hibernate.validator.")]
samples, top, inlayer, frames, current = 0, collections.Counter(), collections.Counter(), [], False
def done():
    global samples
    if not frames: return
    samples += 1
    top[frames[0]] += 1
    for name, prefix in layers:
        if any(f.startswith(prefix) for f in frames): inlayer[name] += 1
for line in sys.stdin:
    s = line.strip()
    if s.startswith("stackTrace = ["): done(); frames.clear(); current = True; continue
    if current:
        if s.startswith("]") or s == "...": current = False; continue
        frames.append(s.split("(")[0].split(" line:")[0])
done()
print(f"{samples} execution samples (all threads of hazard-service).")
print()
print("| layer on the stack | share of samples |")
print("|---|---:|")
for name, _ in layers: print(f"| {name} | {100 * inlayer[name] / max(samples, 1):.0f}% |")
print()
print("| hottest top frame | share |")
print("|---|---:|")
for f, n in top.most_common(12): print(f"| `{f}` | {100 * n / max(samples, 1):.1f}% |")
'
}

result="$WS_REPO/bench/results/$(date +%F)-hazard-reports.md"
{
  echo "# Hazard reports end to end (scenario d1) — $(date '+%F %H:%M %Z')"
  echo
  machine_info
  echo "- Load average before the suite started: $load_before; right after the measurement: $load_during"
  echo "- Command: \`bench/hazards.sh\` (BENCH_CONCURRENCY=${BENCH_CONCURRENCY:-32} BENCH_RATE=${BENCH_RATE:-1000} BENCH_DURATION=${BENCH_DURATION:-15} BENCH_ROUNDS=${BENCH_ROUNDS:-3}); $reports hazards in the database after the run"
  echo
  cat "$table"
  echo
  if [ -s "$wrk_table" ]; then
    echo "## Saturation with wrk (2 threads, ${connections} connections, ${wrk_duration} s per target, after the rounds above)"
    echo
    echo "The same POST, the enterprises in turn; wrk is written in C and leaves the two cores to the suite. p50 and p99"
    echo "are wrk's, closed loop; errors are non-2xx answers and socket errors. The nginx row (where nginx is here) is"
    echo "the same POST through nginx as a plain reverse proxy in front of hazard-service: what any proxy adds on this machine."
    echo
    cat "$wrk_table"
    echo
  fi
  echo "## CPU per thread group during the bench ($elapsed s, warm-up included)"
  echo
  cpu_table
  echo
  echo "## hazard-service profile (JFR, settings=profile, the whole bench)"
  echo
  jfr_profile
} >"$result"
cat "$result"
log "written to ${result#"$WS_REPO/"}"
[ "$rc" = 0 ] || die "the bench exited with $rc"
