#!/usr/bin/env bash
# Scenario e: full-text search over inspection reports at scale (bench/README.md). A private PostgreSQL and
# Elasticsearch (free ports, their own WS_HOME, deleted afterwards) get enforcement-service's migrations and index
# mapping; BENCH_REPORTS generated reports (varied Chinese text over 19 towns, 12 industry areas, 7 modes, six
# years) go into PostgreSQL, are bulk-indexed into Elasticsearch (reports/s), and the same queries are answered
# by Elasticsearch (the body ElasticsearchReportIndex sends) and by PostgreSQL (LIKE per phrase, the total, the
# three facets and the newest 20), with 1 and 8 clients each. Result: bench/results/<date>-search.md.
#
# Env: BENCH_REPORTS (1000000), BENCH_DURATION (s per measurement, 30), BENCH_WARMUP (s, 60: with 10 s,
#      Elasticsearch is still compiling and the 8-client p99 reads 65 ms, not 40),
#      BENCH_INDEX_WORKERS (parallel bulk requests, 4), BENCH_BATCH (reports per bulk request, 2000),
#      BENCH_TRGM=1 also measures PostgreSQL with a pg_trgm GIN index on the report text.
set -euo pipefail
export WS_HOME="$(mktemp -d /tmp/worksafety-bench-search.XXXXXX)"
source "$(dirname "${BASH_SOURCE[0]}")/../dev/lib.sh"
source "$WS_REPO/bench/lib.sh"
PG_BIN=/usr/lib/postgresql/15/bin
REPORTS="${BENCH_REPORTS:-1000000}"
DURATION="${BENCH_DURATION:-30}"
WARMUP="${BENCH_WARMUP:-60}"
INDEX_WORKERS="${BENCH_INDEX_WORKERS:-4}"
BATCH="${BENCH_BATCH:-2000}"
export WS_PG_PORT WS_ES_PORT
WS_PG_PORT="$(port_with)"
WS_ES_PORT="$(port_with 100)"
ES="http://127.0.0.1:$WS_ES_PORT"
PY="$WS_REPO/bench/search/report_search.py"

cleanup() {
  local rc=$?
  bash "$WS_REPO/dev/elasticsearch.sh" stop >/dev/null 2>&1 || true
  bash "$WS_REPO/dev/postgres.sh" stop >/dev/null 2>&1 || true
  [ $rc -eq 0 ] && rm -rf "$WS_HOME" || log "bench failed; kept $WS_HOME"
  exit $rc
}
trap cleanup EXIT
bash "$WS_REPO/dev/postgres.sh" start & pg=$!
bash "$WS_REPO/dev/elasticsearch.sh" start & es=$!
wait "$pg" && wait "$es" || die "PostgreSQL or Elasticsearch did not start"
export PGPASSWORD=worksafety
psql_e() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$WS_PG_PORT" -U worksafety -d enforcement "$@"; }
for f in $(ls "$WS_REPO"/enforcement-service/src/main/resources/db/migration/V*.sql | sort -V); do psql_e -f "$f"; done

log "generating $REPORTS reports"
t0=$SECONDS
psql_e <<SQL
CREATE TEMP TABLE town_name AS SELECT t, (ARRAY['幸福街道','项里街道','河滨街道','古城街道','双庄街道','支口街道','三棵树街道',
  '耿车镇','埠子镇','龙河镇','洋北镇','蔡集镇','王官集镇','屠园镇','罗圩乡','中扬镇','陈集镇','宿城经济开发区','运河宿迁港产业园'])[t + 1] AS name
  FROM generate_series(0, 18) t;
CREATE TEMP TABLE area_name AS SELECT a, (ARRAY['HAZARDOUS_CHEMICALS','FIRE_SAFETY','ROAD_TRANSPORT','WATER_TRANSPORT',
  'CONSTRUCTION','TOWN_GAS','INDUSTRIAL_PARKS','HAZARDOUS_WASTE','SPECIAL_EQUIPMENT','METALLURGY_INDUSTRY_TRADE',
  'OIL_GAS_PIPELINES','OTHER'])[a + 1] AS name FROM generate_series(0, 11) a;
CREATE TEMP TABLE firm AS
  SELECT f, md5('firm' || f)::uuid AS id, f % 19 AS t, (f / 19) % 12 AS a,
         '宿迁市宿城区' || (ARRAY['恒安','金源','鼎盛','华泰','宏达','永兴','瑞丰','天成','众诚','新润','博远','嘉禾'])[f % 12 + 1]
         || (ARRAY['化工','五金','木业','建设工程','物流','燃气','纺织','食品','机械','电子','家具','包装'])[(f / 12) % 12 + 1]
         || (ARRAY['有限公司','有限责任公司','厂','股份有限公司'])[(f / 144) % 4 + 1] || f AS name
    FROM generate_series(0, 70899) f;
CREATE TEMP TABLE phrase (kind text, i int, text text);
INSERT INTO phrase SELECT 'finding', i - 1, v FROM unnest(ARRAY['应急照明灯损坏','应急照明不亮','可燃气体报警器失效',
  '可燃气体报警器未定期检定','安全出口被锁闭','疏散通道堆放杂物','消防通道被占用','灭火器过期','灭火器压力不足','配电箱未接地',
  '电线私拉乱接','动火作业未办理审批手续','动火作业现场无监护人','特种作业人员无证上岗','有限空间作业未检测','粉尘清扫记录缺失',
  '除尘系统未设置泄爆装置','防爆电气设备损坏','安全警示标志缺失','劳动防护用品配备不足','安全生产责任制未落实','隐患排查台账不全',
  '应急预案未演练','脚手架连墙件缺失','临边防护缺失','塔吊限位器失灵','燃气管道锈蚀','液氨管道阀门泄漏','危险化学品未分类存放',
  '储罐区防火堤破损']) WITH ORDINALITY AS u(v, i);
INSERT INTO phrase SELECT 'place', i - 1, v FROM unnest(ARRAY['甲类仓库','储罐区','喷涂车间','木工车间','配电房','锅炉房',
  '液氨制冷机房','粉碎车间','抛光车间','危废暂存间','食堂后厨','员工宿舍','塔吊作业区','基坑周边','燃气调压站','装卸站台','中控室'])
  WITH ORDINALITY AS u(v, i);
INSERT INTO phrase SELECT 'opening', i - 1, v FROM unnest(ARRAY['执法人员依法对','检查组对','四不两直暗访','按照年度计划对',
  '根据举报线索对']) WITH ORDINALITY AS u(v, i);
INSERT INTO phrase SELECT 'closing', i - 1, v FROM unnest(ARRAY['已责令限期整改。','要求企业立即整改，逾期将依法处理。',
  '现场责令改正。','已下达责令限期整改指令书。']) WITH ORDINALITY AS u(v, i);
CREATE TEMP TABLE pick AS SELECT kind, i, text FROM phrase;
CREATE INDEX ON pick (kind, i);
ANALYZE pick;
INSERT INTO inspection (id, enterprise_id, enterprise_name, town, industry_area, mode, place, started_at, ended_at,
    officer_badges, officer_names, persons_present, items_checked, report_text, conclusion, recorded_by, recorded_at)
SELECT md5('report' || g.n)::uuid, firm.id, firm.name, town_name.name, area_name.name,
       (ARRAY['PLANNED','RANDOM','RANDOM','UNANNOUNCED','CROSS_AREA','OFF_SITE','COMPLAINT'])[g.n % 7 + 1], p.text,
       g.started, g.started + interval '2 hours', ARRAY['32130219001','32130219002'], ARRAY['李明','王芳'],
       ARRAY['企业安全员'], ARRAY['隐患排查治理情况'],
       o.text || firm.name || p.text || (ARRAY['进行现场检查，发现','开展监督检查，发现','，发现'])[g.n % 3 + 1]
         || CASE WHEN g.k = 0 THEN '未发现明显事故隐患，安全管理制度基本健全。'
                 ELSE concat_ws((ARRAY['，','；'])[g.n % 2 + 1], f1.text, CASE WHEN g.k >= 2 THEN f2.text END,
                                CASE WHEN g.k >= 3 THEN f3.text END) || '，' || c.text END,
       CASE WHEN g.k = 0 THEN '未发现明显隐患' ELSE '责令限期整改' END, '区应急管理局', g.started
  FROM (SELECT n, (hashtext('f' || n) & 2147483647) % 70900 AS f, (hashtext('k' || n) & 2147483647) % 4 AS k,
               timestamptz '2021-01-01 08:30+08' + ((hashtext('d' || n) & 2147483647) % (365 * 6 - 30)) * interval '1 day'
                 + ((hashtext('m' || n) & 2147483647) % 480) * interval '1 minute' AS started
          FROM generate_series(1, $REPORTS) n) g
  JOIN firm ON firm.f = g.f JOIN town_name ON town_name.t = firm.t JOIN area_name ON area_name.a = firm.a
  JOIN pick p ON p.kind = 'place' AND p.i = (hashtext('p' || g.n) & 2147483647) % 17
  JOIN pick o ON o.kind = 'opening' AND o.i = (hashtext('o' || g.n) & 2147483647) % 5
  JOIN pick c ON c.kind = 'closing' AND c.i = (hashtext('c' || g.n) & 2147483647) % 4
  JOIN pick f1 ON f1.kind = 'finding' AND f1.i = (hashtext('1' || g.n) & 2147483647) % 30
  JOIN pick f2 ON f2.kind = 'finding' AND f2.i = (hashtext('2' || g.n) & 2147483647) % 30
  JOIN pick f3 ON f3.kind = 'finding' AND f3.i = (hashtext('3' || g.n) & 2147483647) % 30;
ANALYZE inspection;
SQL
log "generated in $((SECONDS - t0)) s: $(psql_e -tAc 'SELECT count(*) FROM inspection') reports, $(psql_e -tAc "SELECT pg_size_pretty(pg_total_relation_size('inspection'))")"

# The index exactly as the service creates it: the mapping file of the repo behind the alias.
INDEX=inspection-reports-v1
curl -sf -X PUT "$ES/$INDEX" -H 'Content-Type: application/json' \
  --data-binary @"$WS_REPO/enforcement-service/src/main/resources/elasticsearch/$INDEX.json" >/dev/null
curl -sf -X POST "$ES/_aliases" -H 'Content-Type: application/json' \
  -d "{\"actions\":[{\"add\":{\"index\":\"$INDEX\",\"alias\":\"inspection-reports\",\"is_write_index\":true}}]}" >/dev/null
# As the service's rebuild fills a fresh index: no refreshes and the translog synced in the background meanwhile,
# then both as in the mapping again.
settings() { curl -sf -X PUT "$ES/$INDEX/_settings" -H 'Content-Type: application/json' -d "{\"index\": $1}" >/dev/null; }
settings '{"refresh_interval": "-1", "translog.durability": "async"}'
log "bulk indexing: $INDEX_WORKERS parallel requests of $BATCH reports"
# The documents as ReportSearch#document makes them; CSV with a quote and delimiter that never occur keeps the
# JSON as it is.
indexed="$(psql_e -c "COPY (SELECT json_build_object('id', id, 'enterpriseId', enterprise_id, 'enterpriseName',
    enterprise_name, 'town', town, 'industryArea', industry_area, 'mode', mode, 'place', place, 'inspectedAt', started_at,
    'conclusion', conclusion, 'findingCount', cardinality(string_to_array(report_text, '，')) - 1,
    'reportText', report_text) FROM inspection) TO STDOUT (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')" |
  python3 "$PY" index "$ES" "$INDEX" "$INDEX_WORKERS" "$BATCH")"
log "$indexed"
settings '{"refresh_interval": "1s", "translog.durability": "request"}'
index_count="$(echo "$indexed" | awk '{print $2}')"
index_seconds="$(echo "$indexed" | awk '{print $4}')"
index_size="$(curl -sf "$ES/_cat/indices/$INDEX?h=store.size")"

# The queries: phrases from the reports, alone, two at a time, and with a town or industry filter.
cat >"$WS_HOME/queries.json" <<'Q'
[{"q": "应急照明"}, {"q": "粉尘清扫记录缺失"}, {"q": "可燃气体报警器"}, {"q": "动火作业 监护人"},
 {"q": "安全出口被锁闭"}, {"q": "液氨"}, {"q": "塔吊限位器失灵", "filters": {"industryArea": "CONSTRUCTION"}},
 {"q": "灭火器", "filters": {"town": "耿车镇"}}, {"q": "配电箱未接地 电线私拉乱接"},
 {"q": "危险化学品", "filters": {"town": "埠子镇", "industryArea": "HAZARDOUS_CHEMICALS"}}]
Q
SCRIPTS="$WS_HOME/pg"; mkdir -p "$SCRIPTS"
python3 - "$WS_HOME/queries.json" "$SCRIPTS" <<'P'
import json, sys
queries = json.load(open(sys.argv[1], encoding="utf-8"))
for n, q in enumerate(queries):
    conditions = ["report_text LIKE '%" + p + "%'" for p in dict.fromkeys(q["q"].split())]
    for field, value in q.get("filters", {}).items():
        conditions.append({"town": "town", "industryArea": "industry_area"}[field] + " = '" + value + "'")
    where = " AND ".join(conditions)
    open(f"{sys.argv[2]}/q{n}.sql", "w", encoding="utf-8").write(f"""WITH hits AS MATERIALIZED (SELECT id, town, industry_area, started_at FROM inspection WHERE {where})
SELECT (SELECT count(*) FROM hits),
 (SELECT json_agg(t) FROM (SELECT town, count(*) FROM hits GROUP BY town ORDER BY 2 DESC) t),
 (SELECT json_agg(t) FROM (SELECT industry_area, count(*) FROM hits GROUP BY 1 ORDER BY 2 DESC) t),
 (SELECT json_agg(t) FROM (SELECT extract(year FROM started_at AT TIME ZONE 'Asia/Shanghai') AS y, count(*) FROM hits GROUP BY 1) t),
 (SELECT json_agg(t) FROM (SELECT id FROM hits ORDER BY started_at DESC, id LIMIT 20) t);
""")
P

stats() { # file of ms values -> "n p50 p99 mean"
  python3 -c '
import sys
v = sorted(float(x) for x in open(sys.argv[1]) if x.strip())
q = lambda p: v[min(len(v) - 1, int(p * len(v)))]
print(len(v), f"{q(0.5):.2f}", f"{q(0.99):.2f}", f"{sum(v) / len(v):.2f}")' "$1"
}
pg_run() { # label, clients -> latencies in $WS_HOME/pg-<label>-<clients>.ms
  rm -f "$WS_HOME"/lat.*
  (cd "$WS_HOME" && "$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$WS_PG_PORT" -U worksafety -c "$2" -j 2 -T "$DURATION" -l \
    --log-prefix="$WS_HOME/lat" $(for s in "$SCRIPTS"/*.sql; do echo "-f $s"; done) enforcement >/dev/null)
  cat "$WS_HOME"/lat.* | awk '{printf "%.3f\n", $3 / 1000}' >"$WS_HOME/pg-$1-$2.ms"
}
rows=""
for clients in 1 8; do
  log "Elasticsearch: $clients clients, ${WARMUP} s warm-up, ${DURATION} s"
  python3 "$PY" search "$ES" inspection-reports "$clients" "$DURATION" "$WARMUP" "$WS_HOME/queries.json" "$WS_HOME/es-$clients.ms"
  read -r n p50 p99 mean <<<"$(stats "$WS_HOME/es-$clients.ms")"
  declare "es_p50_$clients=$p50" "es_p99_$clients=$p99" "es_n_$clients=$n"
  rows="$rows| Elasticsearch | $clients | $n | $(python3 -c "print(f'{$n / $DURATION:.1f}')") | $p50 | $p99 | $mean |"$'\n'
  log "PostgreSQL (LIKE, no text index): $clients clients, ${DURATION} s"
  pg_run like "$clients"
  read -r n p50 p99 mean <<<"$(stats "$WS_HOME/pg-like-$clients.ms")"
  declare "pg_p50_$clients=$p50" "pg_n_$clients=$n"
  rows="$rows| PostgreSQL LIKE | $clients | $n | $(python3 -c "print(f'{$n / $DURATION:.2f}')") | $p50 | $p99 | $mean |"$'\n'
done
if [ "${BENCH_TRGM:-0}" = 1 ]; then
  log "building a pg_trgm GIN index on report_text"
  t0=$SECONDS
  psql_e -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" -c "CREATE INDEX inspection_report_trgm ON inspection USING gin (report_text gin_trgm_ops)" -c "ANALYZE inspection"
  log "built in $((SECONDS - t0)) s"
  for clients in 1 8; do
    pg_run trgm "$clients"
    read -r n p50 p99 mean <<<"$(stats "$WS_HOME/pg-trgm-$clients.ms")"
    rows="$rows| PostgreSQL pg_trgm GIN | $clients | $n | $(python3 -c "print(f'{$n / $DURATION:.2f}')") | $p50 | $p99 | $mean |"$'\n'
  done
fi

out="$WS_REPO/bench/results/$(date +%F)-search.md"
{
  echo "# Inspection report search at scale ($(date +%F))"
  echo
  machine_info
  echo "- Command: \`BENCH_REPORTS=$REPORTS BENCH_DURATION=$DURATION BENCH_WARMUP=$WARMUP BENCH_INDEX_WORKERS=$INDEX_WORKERS BENCH_BATCH=$BATCH${BENCH_TRGM:+ BENCH_TRGM=$BENCH_TRGM} bench/report-search.sh\`"
  echo "- Elasticsearch 8 single node (heap ${WS_ES_HEAP:-512m}, dev/elasticsearch.sh) with the smartcn plugin, index from enforcement-service's mapping file; PostgreSQL 15 (dev/postgres.sh) with enforcement-service's migrations"
  echo
  echo "## Bulk indexing"
  echo
  echo "$index_count reports in $index_seconds s: **$(python3 -c "print(f'{$index_count / $index_seconds:,.0f}')") reports/s** ($INDEX_WORKERS parallel bulk requests of $BATCH; refresh off and translog async while filling, as the service's rebuild does); index size $index_size."
  echo
  echo "## Targets"
  echo
  echo "| metric | value | target | verdict |"
  echo "|---|---:|---|---|"
  verdict() { python3 -c "print('PASS' if $1 else 'MISS')"; }
  rate="$(python3 -c "print(round($index_count / $index_seconds))")"
  echo "| reports indexed per second (bulk) | $rate | ≥ 10,000 | $(verdict "$rate >= 10000") |"
  echo "| search p99, 1 client | $es_p99_1 ms | ≤ 20 ms | $(verdict "$es_p99_1 <= 20") |"
  speedup="$(python3 -c "print(f'{$pg_p50_1 / $es_p50_1:.0f}')")"
  echo "| Elasticsearch vs PostgreSQL LIKE, p50 at 1 client | ${speedup}× faster | ≥ 20× | $(verdict "$speedup >= 20") |"
  echo "| Elasticsearch vs PostgreSQL LIKE, queries/s at 8 clients | $(python3 -c "print(f'{$es_n_8 / max($pg_n_8, 1):.0f}')")× more |  |  |"
  echo
  echo "## Search: the same 10 queries (random pick per request), closed loop"
  echo
  echo "Elasticsearch: the _msearch the service sends: the page (phrase per part on reportText.chars as a filter, words on reportText for relevance, exact filters, highlighting, 20 hits by relevance) and a size-0 search for the exact total and the facets by town / industry / year (request cache on, as the service asks). PostgreSQL: LIKE per part plus filters, the total, the same three facets and the newest 20 ids, in one statement. Latency in ms, measured at the client (Python for Elasticsearch, pgbench for PostgreSQL)."
  echo
  echo "| engine | clients | queries | per s | p50 ms | p99 ms | mean ms |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
} | tee "$out"
log "written to $out"
