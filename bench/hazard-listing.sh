#!/usr/bin/env bash
# Scenario d: listing hazards at 100× the district (2.6 million hazards, bench/README.md). A private PostgreSQL
# (free port, its own WS_HOME, deleted afterwards) gets hazard-service's own migrations and 2,663,900 generated
# hazards spread like the district's (70,900 enterprises, 19 towns, 12 industry areas, 5 years plus this one);
# then pgbench runs the list query hazard-service runs (the capped count and the page, in one transaction) with
# a random filter each time, and the result goes to bench/results/<date>-hazard-listing.md with p50/p99.
#
# Env: BENCH_HAZARDS (2663900), BENCH_DURATION (s, 30), BENCH_CLIENTS (4).
set -euo pipefail
export WS_HOME="$(mktemp -d /tmp/worksafety-bench-hazard.XXXXXX)"
source "$(dirname "${BASH_SOURCE[0]}")/../dev/lib.sh"
PG_BIN=/usr/lib/postgresql/15/bin
HAZARDS="${BENCH_HAZARDS:-2663900}"
DURATION="${BENCH_DURATION:-30}"
CLIENTS="${BENCH_CLIENTS:-4}"
export WS_PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"

cleanup() {
  local rc=$?
  bash "$WS_REPO/dev/postgres.sh" stop >/dev/null 2>&1 || true
  [ $rc -eq 0 ] && rm -rf "$WS_HOME" || log "bench failed; kept $WS_HOME"
  exit $rc
}
trap cleanup EXIT
bash "$WS_REPO/dev/postgres.sh" start
psql_h() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$WS_PG_PORT" -U worksafety -d hazard "$@"; }
export PGPASSWORD=worksafety
for f in $(ls "$WS_REPO"/hazard-service/src/main/resources/db/migration/V*.sql | sort -V); do psql_h -f "$f"; done

log "generating $HAZARDS hazards"
t0=$SECONDS
# The secondary indexes are set aside while the rows go in and rebuilt from their own definitions afterwards (the
# same end state, minutes faster than maintaining a dozen indexes row by row); then VACUUM ANALYZE, as autovacuum
# would leave a table that has stopped growing (visibility map set, so counts can be answered from an index).
psql_h <<SQL
SET maintenance_work_mem = '256MB';
CREATE TEMP TABLE set_aside AS
  SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i
   WHERE i.indrelid = 'hazard'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
DO \$\$ DECLARE r record; BEGIN FOR r IN SELECT name FROM set_aside LOOP EXECUTE 'DROP INDEX ' || r.name; END LOOP; END \$\$;
CREATE TEMP TABLE town_name AS SELECT t, (ARRAY['幸福街道','项里街道','河滨街道','古城街道','双庄街道','支口街道','三棵树街道',
  '耿车镇','埠子镇','龙河镇','洋北镇','蔡集镇','王官集镇','屠园镇','罗圩乡','中扬镇','陈集镇','宿城经济开发区','运河宿迁港产业园'])[t + 1] AS name
  FROM generate_series(0, 18) t;
CREATE TEMP TABLE area_name AS SELECT a, (ARRAY['HAZARDOUS_CHEMICALS','FIRE_SAFETY','ROAD_TRANSPORT','WATER_TRANSPORT',
  'CONSTRUCTION','TOWN_GAS','INDUSTRIAL_PARKS','HAZARDOUS_WASTE','SPECIAL_EQUIPMENT','METALLURGY_INDUSTRY_TRADE',
  'OIL_GAS_PIPELINES','OTHER'])[a + 1] AS name FROM generate_series(0, 11) a;
CREATE TEMP TABLE firm AS SELECT f, md5('firm' || f)::uuid AS id, f % 19 AS t, (f / 19) % 12 AS a FROM generate_series(0, 70899) f;
INSERT INTO hazard (id, enterprise_id, enterprise_name, town, industry_area, supervising_department, place, description,
    grade, source, handling, deadline, status, level, overdue, found_at, closed_at, version, created_at, updated_at)
SELECT md5('hazard' || n)::uuid, firm.id, '企业' || firm.f, town_name.name, area_name.name,
       (ARRAY['区应急管理局','区住建局','区交通运输局','区消防救援大队','区市场监管局'])[firm.a % 5 + 1], '车间',
       '生成的隐患 ' || n, CASE WHEN n % 50 = 0 THEN 'MAJOR' ELSE 'GENERAL' END,
       (ARRAY['SELF_INSPECTION','GRID_WORKER','INSPECTION_FINDING','PUBLIC_TIP','MONITORING_ALERT'])[n % 5 + 1],
       'BY_DEADLINE', (found::date + 30),
       CASE WHEN n % 100 < 88 THEN 'CLOSED' WHEN n % 100 < 92 THEN 'RECTIFYING' WHEN n % 100 < 95 THEN 'CONFIRMED'
            WHEN n % 100 < 97 THEN 'AWAITING_VERIFICATION' ELSE 'REPORTED' END,
       CASE WHEN n % 100 BETWEEN 88 AND 91 AND n % 3 = 0 THEN 'DISTRICT' ELSE 'TOWN' END,
       n % 100 BETWEEN 88 AND 91 AND n % 3 = 0, found, CASE WHEN n % 100 < 88 THEN found + interval '20 days' END,
       0, found, found
  FROM (SELECT n, (hashtext('f' || n) & 2147483647) % 70900 AS f,
               timestamptz '2016-01-01 08:00+08' + ((hashtext('d' || n) & 2147483647) % (365 * 6 * 24)) * interval '1 hour' AS found
          FROM generate_series(1, $HAZARDS) n) g
  JOIN firm ON firm.f = g.f JOIN town_name ON town_name.t = firm.t JOIN area_name ON area_name.a = firm.a;
DO \$\$ DECLARE r record; BEGIN FOR r IN SELECT definition FROM set_aside LOOP EXECUTE r.definition; END LOOP; END \$\$;
SQL
psql_h -c 'VACUUM ANALYZE hazard'
SQL_INDEXES="$(psql_h -tAc "SELECT string_agg(indexname, ', ' ORDER BY indexname) FROM pg_indexes WHERE tablename = 'hazard'")"
t1=$SECONDS
log "generated in $((t1 - t0)) s: $(psql_h -tAc 'SELECT count(*) FROM hazard') hazards"

# The statement hazard-service runs for a filtered page (JdbcHazards#find): a count capped at 10,001 and the page.
SCRIPTS="$WS_HOME/scripts"; mkdir -p "$SCRIPTS"
columns="id, enterprise_id, enterprise_name, town, industry_area, supervising_department, place, description, attachments, grade, source, handling, deadline, assignee, responsible_person, status, level, overdue, supervised, reported_by, found_at, closed_at, finding_id, inspection_id, source_ref, version, created_at, updated_at"
page() { # name, where clause, weight
  cat >"$SCRIPTS/$1.sql" <<S
$3
SELECT count(*) FROM (SELECT 1 FROM hazard WHERE $2 LIMIT 10001) capped;
SELECT $columns FROM hazard WHERE $2 ORDER BY found_at DESC, id DESC LIMIT 20 OFFSET :off;
S
}
page enterprise "enterprise_id = md5('firm' || :f)::uuid" '\set f random(0, 70899)
\set off 0'
page town-open "town = (ARRAY['幸福街道','耿车镇','龙河镇','洋北镇','蔡集镇'])[:t] AND status = 'RECTIFYING'" '\set t random(1, 5)
\set off 20 * random(0, 4)'
page town-industry-grade "town = '耿车镇' AND industry_area = 'HAZARDOUS_CHEMICALS' AND grade = 'MAJOR'" '\set off 0'
page overdue-town "overdue = true AND town = (ARRAY['幸福街道','耿车镇','龙河镇'])[:t]" '\set t random(1, 3)
\set off 0'
page status-dates "status = 'REPORTED' AND found_at >= timestamptz '2019-03-01 00:00+08' AND found_at < timestamptz '2019-04-01 00:00+08'" '\set off 0'
page all-newest "true" '\set off 20 * random(0, 9)'

log "pgbench: $CLIENTS clients, ${DURATION} s, a random filter per transaction"
cd "$WS_HOME"
"$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$WS_PG_PORT" -U worksafety -c "$CLIENTS" -j 2 -T "$DURATION" -l \
  --log-prefix="$WS_HOME/lat" $(for s in "$SCRIPTS"/*.sql; do echo "-f $s"; done) hazard >"$WS_HOME/pgbench.out"
# Per-transaction log: client, tx, latency (µs), script number, ...
summary="$(cat "$WS_HOME"/lat.* | python3 -c '
import sys, collections
names = sys.argv[1].split(",")
by = collections.defaultdict(list)
for line in sys.stdin:
    p = line.split()
    by[names[int(p[3])]].append(int(p[2]) / 1000)
rows = []
allv = []
for name, v in sorted(by.items()):
    v.sort(); allv += v
    q = lambda x: v[min(len(v) - 1, int(x * len(v)))]
    rows.append(f"| {name} | {len(v)} | {q(0.5):.2f} | {q(0.99):.2f} | {v[-1]:.2f} |")
allv.sort()
q = lambda x: allv[min(len(allv) - 1, int(x * len(allv)))]
rows.append(f"| **all** | {len(allv)} | {q(0.5):.2f} | {q(0.99):.2f} | {allv[-1]:.2f} |")
print("\n".join(rows))
' "$(ls "$SCRIPTS"/*.sql | xargs -n1 basename | sed 's/.sql$//' | paste -sd,)")"
# The plans, as the profile of each filter: EXPLAIN (ANALYZE, BUFFERS) of the count and the first page, run once
# each after the load (warm cache), with the script's first parameter values.
plans="$WS_HOME/plans.md"
for s in "$SCRIPTS"/*.sql; do
  name="$(basename "$s" .sql)"
  sql="$(grep -v '^\\' "$s" | sed -e "s/:off/0/g" -e "s/:f/4242/g" -e "s/:t/2/g")"
  {
    echo "**$name**"
    echo
    echo '```'
    while IFS= read -r stmt; do
      [ -n "$stmt" ] || continue
      psql_h -tA -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) ${stmt%;}" | grep -v '^$'
    done <<<"$sql"
    echo '```'
    echo
  } >>"$plans"
done
out="$WS_REPO/bench/results/$(date +%F)-hazard-listing.md"
{
  echo "# Hazard listing at 100× the district ($(date +%F))"
  echo
  echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git -C "$WS_REPO" rev-parse --short HEAD)"
  echo
  echo "$HAZARDS hazards; PostgreSQL 15 with hazard-service's migrations; $CLIENTS pgbench clients for $DURATION s;"
  echo "one transaction = the capped count and the 20-row page hazard-service runs for GET /api/v1/hazards."
  echo
  echo "| filter | pages | p50 ms | p99 ms | max ms |"
  echo "|---|---|---|---|---|"
  echo "$summary"
  echo
  echo "Indexes: $SQL_INDEXES."
  echo
  echo "Generated in $((t1 - t0)) s. Command: \`BENCH_DURATION=$DURATION BENCH_CLIENTS=$CLIENTS bench/hazard-listing.sh\`."
  echo
  echo "## Plans (EXPLAIN ANALYZE after the run, warm cache)"
  echo
  cat "$plans"
} | tee "$out"
log "written to $out"
