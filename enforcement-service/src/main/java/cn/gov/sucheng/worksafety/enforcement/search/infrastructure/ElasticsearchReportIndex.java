package cn.gov.sucheng.worksafety.enforcement.search.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.sucheng.worksafety.enforcement.search.application.ReportIndex;
import cn.gov.sucheng.worksafety.enforcement.search.model.Facet;
import cn.gov.sucheng.worksafety.enforcement.search.model.Highlights;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportDocument;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportHit;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportQuery;
import cn.gov.sucheng.worksafety.enforcement.search.model.ReportResults;
import cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;

import org.springframework.stereotype.Component;

/**
 * The report index in Elasticsearch. The report text is indexed twice: with smartcn (words, for relevance) and
 * with the standard analyzer, which cuts Chinese into single characters. A search requires each query part as a
 * phrase on the character field — a report containing the characters in a row always matches, however smartcn
 * would have cut them in that context — and ranks by the words field.
 */
@Component
class ElasticsearchReportIndex implements ReportIndex {

    private static final String CHARS = "reportText.chars";
    private static final String WORDS = "reportText";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String ZONE = "+08:00";

    private final ElasticsearchClient client;
    private final SearchProperties properties;
    private final Clock clock;
    private volatile boolean ensured;

    ElasticsearchReportIndex(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public boolean ensureExists() {
        return call(() -> {
            if (client.indices().existsAlias(a -> a.name(properties.alias())).value()) {
                ensured = true;
                return false;
            }
            if (!client.indices().exists(e -> e.index(properties.index())).value()) {
                create(properties.index());
            }
            client.indices().putAlias(a -> a.index(properties.index()).name(properties.alias()).isWriteIndex(true));
            ensured = true;
            return true;
        });
    }

    private void create(String index) throws IOException {
        try (InputStream mapping = properties.mapping().getInputStream()) {
            client.indices().create(c -> c.index(index).withJson(mapping));
        }
    }

    @Override
    public void put(List<ReportDocument> documents) {
        // Writing to a missing alias would make Elasticsearch create an index of that name with a guessed mapping.
        if (!ensured) {
            ensureExists();
        }
        put(properties.alias(), documents);
    }

    @Override
    public void put(String index, List<ReportDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        call(() -> {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (ReportDocument d : documents) {
                bulk.operations(o -> o.index(i -> i.index(index).id(d.id()).document(d)));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                String first = response.items().stream().filter(i -> i.error() != null)
                        .map(i -> i.id() + ": " + i.error().reason()).findFirst().orElse("?");
                throw new DependencyUnavailableException("indexing reports failed: " + first);
            }
            return null;
        });
    }

    /**
     * One round trip of two searches: the page of hits, ranked by the words field, and — as a size-0 search the
     * shard request cache answers again until the index changes, so paging and repeated queries do not recount —
     * the exact total and the facets. The phrases are filters in both: they decide what matches, character for
     * character, without the cost of scoring phrase frequencies over every hit.
     */
    @Override
    public ReportResults search(ReportQuery query) {
        Query filters = Query.of(q -> q.bool(b -> filters(b, query)));
        MsearchResponse<ReportDocument> response = call(() -> client.msearch(m -> m.index(properties.alias())
                .searches(s -> s.header(h -> h).body(b -> hits(b, query)))
                .searches(s -> s.header(h -> h.requestCache(true)).body(b -> b.size(0)
                        .trackTotalHits(t -> t.enabled(true))
                        .query(filters)
                        .aggregations("town", a -> a.terms(t -> t.field("town").size(100)))
                        .aggregations("industryArea", a -> a.terms(t -> t.field("industryArea").size(50)))
                        .aggregations("year", a -> a.dateHistogram(d -> d.field("inspectedAt")
                                .calendarInterval(CalendarInterval.Year).format("yyyy").timeZone(ZONE)
                                .minDocCount(1))))), ReportDocument.class));
        MultiSearchItem<ReportDocument> page = result(response.responses().get(0));
        MultiSearchItem<ReportDocument> counts = result(response.responses().get(1));
        List<ReportHit> hits = new ArrayList<>();
        for (Hit<ReportDocument> hit : page.hits().hits()) {
            ReportDocument d = hit.source();
            List<String> passages = hit.highlight().getOrDefault(CHARS, List.of()).stream()
                    .map(Highlights::joinAdjacent).toList();
            hits.add(new ReportHit(d.id(), d.enterpriseId(), d.enterpriseName(), d.town(), d.industryArea(), d.mode(),
                    d.inspectedAt(), d.conclusion(), scoreOf(hit), passages));
        }
        Map<String, Aggregate> aggregations = counts.aggregations();
        return new ReportResults(hits, query.page(), query.size(), counts.hits().total().value(),
                terms(aggregations.get("town")), terms(aggregations.get("industryArea")),
                aggregations.get("year").dateHistogram().buckets().array().stream()
                        .map(b -> new Facet(b.keyAsString(), b.docCount())).toList());
    }

    private static MultisearchBody.Builder hits(MultisearchBody.Builder s, ReportQuery query) {
        s.from(query.page() * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(false))
                .query(q -> q.bool(b -> {
                    filters(b, query);
                    if (!query.phrases().isEmpty()) {
                        b.should(w -> w.match(m -> m.field(WORDS).query(String.join(" ", query.phrases()))));
                    }
                    return b;
                }));
        if (!query.phrases().isEmpty()) {
            s.highlight(h -> h.preTags("<em>").postTags("</em>")
                    .fields(CHARS, f -> f.numberOfFragments(3).fragmentSize(80)));
        }
        switch (query.sort()) {
            case NEWEST -> s.sort(o -> o.field(f -> f.field("inspectedAt").order(SortOrder.Desc)));
            case OLDEST -> s.sort(o -> o.field(f -> f.field("inspectedAt").order(SortOrder.Asc)));
            case RELEVANCE -> s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("inspectedAt").order(SortOrder.Desc)));
        }
        return s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
    }

    private static MultiSearchItem<ReportDocument> result(MultiSearchResponseItem<ReportDocument> item) {
        if (item.isFailure()) {
            throw new DependencyUnavailableException("the search index failed: " + item.failure().error().reason());
        }
        return item.result();
    }

    private static BoolQuery.Builder filters(BoolQuery.Builder b, ReportQuery query) {
        for (String phrase : query.phrases()) {
            b.filter(m -> m.matchPhrase(p -> p.field(CHARS).query(phrase)));
        }
        term(b, "town", query.town());
        term(b, "town", query.scopeTown());
        term(b, "industryArea", query.industryArea());
        term(b, "mode", query.mode());
        term(b, "enterpriseId", query.enterpriseId());
        if (query.from() != null || query.to() != null) {
            b.filter(f -> f.range(r -> r.date(d -> {
                d.field("inspectedAt").timeZone(ZONE).format("yyyy-MM-dd");
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lte(query.to().toString());
                }
                return d;
            })));
        }
        return b;
    }

    private static void term(BoolQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value))));
        }
    }

    private static List<Facet> terms(Aggregate aggregate) {
        return aggregate.sterms().buckets().array().stream()
                .map(b -> new Facet(b.key().stringValue(), b.docCount())).toList();
    }

    @Override
    public String createRebuildTarget() {
        return call(() -> {
            String name = client.indices().exists(e -> e.index(properties.index())).value()
                    ? properties.index() + "-" + STAMP.format(LocalDateTime.now(clock))
                    : properties.index();
            create(name);
            // No refreshes while it is filled, and the translog synced in the background rather than on every bulk
            // request (a crash loses nothing PostgreSQL does not hold; the rebuild is run again); the swap makes it
            // searchable and durable per request again.
            client.indices().putSettings(p -> p.index(name).settings(st -> st.refreshInterval(t -> t.time("-1"))
                    .translog(t -> t.durability(TranslogDurability.Async))));
            return name;
        });
    }

    @Override
    public String swapAliasTo(String index) {
        return call(() -> {
            client.indices().putSettings(p -> p.index(index).settings(st -> st.refreshInterval(t -> t.time("1s"))
                    .translog(t -> t.durability(TranslogDurability.Request))));
            client.indices().refresh(r -> r.index(index));
            Set<String> previous = client.indices().getAlias(a -> a.name(properties.alias())).result().keySet();
            client.indices().updateAliases(u -> {
                for (String old : previous) {
                    u.actions(a -> a.remove(r -> r.index(old).alias(properties.alias())));
                }
                return u.actions(a -> a.add(ad -> ad.index(index).alias(properties.alias()).isWriteIndex(true)));
            });
            for (String old : previous) {
                if (!old.equals(index)) {
                    client.indices().delete(d -> d.index(old));
                }
            }
            return String.join(",", previous);
        });
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    /** Runs a request; a search engine that cannot be reached or fails is a 503, never a 500. */
    private static <T> T call(Call<T> request) {
        try {
            return request.run();
        }
        catch (IOException ex) {
            throw new DependencyUnavailableException("the search index cannot be reached: " + ex.getMessage());
        }
        catch (ElasticsearchException ex) {
            throw new DependencyUnavailableException("the search index failed: " + ex.getMessage());
        }
        catch (UncheckedIOException ex) {
            throw new DependencyUnavailableException("the search index cannot be reached: " + ex.getMessage());
        }
    }

    // Sorted by anything but relevance, Elasticsearch computes no score and sends NaN: the hit then has none.
    private static Double scoreOf(Hit<ReportDocument> hit) {
        Double score = hit.score();
        return score == null || score.isNaN() ? null : score;
    }
}
