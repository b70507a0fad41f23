"""Bulk indexing and search latency for bench/report-search.sh (Python standard library only).

  report_search.py index URL INDEX WORKERS BATCH   < reports as JSON lines   -> prints "indexed N in S s"
  report_search.py search URL ALIAS CLIENTS SECONDS WARMUP QUERIES_JSON OUT_CSV -> one "ms" per line in OUT_CSV

The search is the _msearch ElasticsearchReportIndex#search sends for a query: the page (a phrase on reportText.chars
per whitespace-separated part as a filter, the words of the query as a should on reportText, exact filters,
highlighting, relevance then newest then id, 20 hits) and a size-0 search for the total and the facets by town,
industry area and year, with the request cache on.
"""
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor


def connection(url):
    u = urllib.parse.urlparse(url)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=120)


def index(url, index_name, workers, batch):
    local = threading.local()
    errors = []

    def send(lines):
        if not hasattr(local, "conn"):
            local.conn = connection(url)
        body = []
        for line in lines:
            doc = json.loads(line)
            body.append(json.dumps({"index": {"_index": index_name, "_id": doc["id"]}}))
            body.append(json.dumps(doc, ensure_ascii=False))
        payload = ("\n".join(body) + "\n").encode()
        local.conn.request("POST", "/_bulk", payload, {"Content-Type": "application/x-ndjson"})
        answer = json.loads(local.conn.getresponse().read())
        if answer.get("errors"):
            errors.append(next(i for i in answer["items"] if "error" in i["index"]))
        return len(lines)

    total = 0
    started = time.monotonic()
    with ThreadPoolExecutor(workers) as pool:
        pending = []
        chunk = []
        for line in sys.stdin:
            chunk.append(line)
            if len(chunk) == batch:
                pending.append(pool.submit(send, chunk))
                chunk = []
                # Bounded in flight: the reader never runs far ahead of Elasticsearch.
                if len(pending) >= workers * 2:
                    total += pending.pop(0).result()
        if chunk:
            pending.append(pool.submit(send, chunk))
        for p in pending:
            total += p.result()
    conn = connection(url)
    conn.request("POST", "/" + index_name + "/_refresh")
    conn.getresponse().read()
    seconds = time.monotonic() - started
    if errors:
        print("bulk errors, first:", json.dumps(errors[0], ensure_ascii=False), file=sys.stderr)
        sys.exit(1)
    print(f"indexed {total} in {seconds:.1f} s")


def body(query):
    """The _msearch body: the page of hits (scored by words, the phrases as filters) and, as a size-0 search the
    shard request cache can answer again, the exact total and the facets."""
    phrases = list(dict.fromkeys(query["q"].split()))
    filters = [{"match_phrase": {"reportText.chars": {"query": p}}} for p in phrases]
    filters += [{"term": {k: {"value": v}}} for k, v in query.get("filters", {}).items()]
    should = [{"match": {"reportText": {"query": " ".join(phrases)}}}] if phrases else []
    hits = {
        "from": 0, "size": 20, "track_total_hits": False,
        "query": {"bool": {"filter": filters, "should": should}},
        "highlight": {"pre_tags": ["<em>"], "post_tags": ["</em>"],
                      "fields": {"reportText.chars": {"number_of_fragments": 3, "fragment_size": 80}}},
        "sort": [{"_score": {"order": "desc"}}, {"inspectedAt": {"order": "desc"}}, {"id": {"order": "asc"}}],
    }
    facets = {
        "size": 0, "track_total_hits": True,
        "query": {"bool": {"filter": filters}},
        "aggregations": {
            "town": {"terms": {"field": "town", "size": 100}},
            "industryArea": {"terms": {"field": "industryArea", "size": 50}},
            "year": {"date_histogram": {"field": "inspectedAt", "calendar_interval": "year", "format": "yyyy",
                                        "time_zone": "+08:00", "min_doc_count": 1}}},
    }
    lines = [{}, hits, {"request_cache": True}, facets]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def search(url, alias, clients, seconds, warmup, queries_file, out):
    queries = json.load(open(queries_file, encoding="utf-8"))
    bodies = [body(q).encode() for q in queries]
    path = "/" + alias + "/_msearch"
    latencies = []
    lock = threading.Lock()

    def client(seed, until, record):
        rnd = random.Random(seed)
        conn = connection(url)
        mine = []
        while time.monotonic() < until:
            b = bodies[rnd.randrange(len(bodies))]
            t0 = time.perf_counter()
            conn.request("POST", path, b, {"Content-Type": "application/x-ndjson"})
            answer = conn.getresponse()
            data = answer.read()
            elapsed = (time.perf_counter() - t0) * 1000
            if answer.status != 200 or any(r.get("status") != 200 for r in json.loads(data)["responses"]):
                raise SystemExit(f"search answered {answer.status}: {data[:300]!r}")
            mine.append(elapsed)
        if record:
            with lock:
                latencies.extend(mine)

    for phase, duration, record in (("warmup", warmup, False), ("measure", seconds, True)):
        until = time.monotonic() + duration
        threads = [threading.Thread(target=client, args=(i, until, record)) for i in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    with open(out, "w") as f:
        f.write("\n".join(f"{v:.3f}" for v in latencies) + "\n")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "index":
        index(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    elif mode == "search":
        search(sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6]), sys.argv[7],
               sys.argv[8])
    else:
        raise SystemExit("usage: report_search.py index|search ...")
