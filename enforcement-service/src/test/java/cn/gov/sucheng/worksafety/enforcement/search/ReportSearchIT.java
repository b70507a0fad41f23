package cn.gov.sucheng.worksafety.enforcement.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.FakeSiblings;
import cn.gov.sucheng.worksafety.enforcement.ServiceIT;
import cn.gov.sucheng.worksafety.enforcement.TestInspections;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Report search through the REST API against the real Elasticsearch, reached through a proxy that the outage test
 * cuts: search then answers 503 problem+json, inspections are still accepted, and indexing catches up.
 */
@ServiceIT
class ReportSearchIT {

    static final SwitchableProxy ELASTICSEARCH = new SwitchableProxy(
            Integer.parseInt(System.getenv().getOrDefault("WS_ES_PORT", "9200")));
    static final String SEARCH = "/api/v1/inspection-reports/search";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FakeSiblings.register(registry);
        registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + ELASTICSEARCH.port());
    }

    @LocalServerPort
    int port;

    JsonHttp http;
    UUID chemicals;
    UUID construction;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        chemicals = FakeSiblings.INSTANCE.enterprise("宿迁市宿城区恒安化工有限公司", "耿车镇",
                IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        construction = FakeSiblings.INSTANCE.enterprise("宿迁市宿城区鼎盛建设工程有限公司", "蔡集镇",
                IndustryArea.INDUSTRY_AREA_CONSTRUCTION);
    }

    @AfterEach
    void elasticsearchBack() {
        ELASTICSEARCH.up();
    }

    String record(UUID enterprise, String report, OffsetDateTime start, String mode) {
        Map<String, Object> body = TestInspections.body(enterprise, report);
        body.put("startedAt", start.toString());
        body.put("endedAt", start.plusHours(2).toString());
        body.put("mode", mode);
        Answer created = http.post("/api/v1/inspections", JsonHttp.json(body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    static List<String> ids(Answer answer) {
        List<String> ids = new ArrayList<>();
        answer.json().path("items").forEach(i -> ids.add(i.path("inspectionId").asString()));
        return ids;
    }

    long found(String query) {
        Answer answer = http.get(query);
        return answer.status() == 200 ? answer.json().path("total").asLong() : -1;
    }

    @Test
    void findsReportsByWordsWithFiltersHighlightsFacetsPagingAndSorting() {
        OffsetDateTime start = OffsetDateTime.parse("2024-03-05T09:00:00+08:00");
        String older = record(chemicals, "检查发现应急照明灯损坏，疏散通道堆放杂物。", start, "RANDOM");
        String newer = record(chemicals, "现场应急照明不亮；粉尘清扫记录缺失，，要求立即整改。", start.plusYears(1), "UNANNOUNCED");
        String other = record(construction, "脚手架连墙件缺失，应急照明正常。", start.plusYears(1).plusDays(3), "PLANNED");
        String q = SEARCH + "?q=" + enc("应急照明");
        await("the three reports are searchable").atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).until(() -> found(q + "&enterpriseId=" + chemicals) == 2
                        && found(q + "&enterpriseId=" + construction) == 1);

        Answer byEnterprise = http.get(q + "&enterpriseId=" + chemicals + "&sort=NEWEST");
        assertThat(ids(byEnterprise)).containsExactly(newer, older);
        JsonNode first = byEnterprise.json().path("items").get(0);
        assertThat(first.path("enterpriseName").asString()).isEqualTo("宿迁市宿城区恒安化工有限公司");
        assertThat(first.path("highlights").get(0).asString()).contains("<em>应急照明</em>");
        assertThat(byEnterprise.json().path("years").toString()).contains("\"2024\"").contains("\"2025\"");
        assertThat(byEnterprise.json().path("towns").get(0).path("value").asString()).isEqualTo("耿车镇");
        // Sorted by date there is no relevance: no score, rather than the NaN Elasticsearch sends.
        assertThat(first.has("score")).as(first.toString()).isFalse();
        assertThat(http.get(q + "&enterpriseId=" + chemicals).json().path("items").get(0).path("score").isNumber())
                .isTrue();

        assertThat(ids(http.get(q + "&enterpriseId=" + chemicals + "&sort=OLDEST"))).containsExactly(older, newer);
        assertThat(ids(http.get(q + "&enterpriseId=" + chemicals + "&sort=NEWEST&size=1&page=1"))).containsExactly(older);
        assertThat(ids(http.get(q + "&enterpriseId=" + chemicals + "&mode=RANDOM"))).containsExactly(older);
        assertThat(ids(http.get(q + "&enterpriseId=" + chemicals + "&from=2025-01-01&to=2025-12-31"))).containsExactly(newer);
        assertThat(ids(http.get(q + "&town=" + enc("蔡集镇") + "&enterpriseId=" + construction))).containsExactly(other);
        assertThat(ids(http.get(q + "&industryArea=CONSTRUCTION&enterpriseId=" + chemicals))).isEmpty();
        // A phrase that smartcn splits apart before a comma is still found.
        assertThat(ids(http.get(SEARCH + "?q=" + enc("粉尘清扫记录缺失") + "&enterpriseId=" + chemicals))).containsExactly(newer);
        // Every part must occur.
        assertThat(ids(http.get(SEARCH + "?q=" + enc("应急照明 脚手架") + "&enterpriseId=" + construction))).containsExactly(other);
        assertThat(ids(http.get(SEARCH + "?q=" + enc("应急照明 脚手架") + "&enterpriseId=" + chemicals))).isEmpty();
    }

    @Test
    void aRebuildFillsAFreshIndexFromPostgresAndSwapsTheAliasToIt() {
        String id = record(chemicals, "重建索引前记录：配电箱未接地，电线私拉乱接。", OffsetDateTime.now().minusDays(2), "PLANNED");
        String q = SEARCH + "?q=" + enc("配电箱未接地") + "&enterpriseId=" + chemicals;
        await("the report is searchable").atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).until(() -> ids(http.get(q)).contains(id));

        Answer rebuilt = http.post("/api/v1/inspection-reports/index-rebuilds", "{}");

        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        String index = rebuilt.json().path("index").asString();
        assertThat(index).startsWith("inspection-reports-v1");
        assertThat(rebuilt.json().path("replaced").asString()).isNotEmpty().isNotEqualTo(index);
        assertThat(rebuilt.json().path("reportsIndexed").asLong()).isPositive();
        JsonHttp elasticsearch = new JsonHttp("http://127.0.0.1:" + ELASTICSEARCH.port());
        assertThat(elasticsearch.get("/_alias/inspection-reports").json().has(index)).isTrue();
        // Found at once, from the new index, without waiting for any indexing.
        assertThat(ids(http.get(q))).contains(id);
        // A client reading the index straight from Elasticsearch finds every field described in its mapping.
        JsonNode mapping = elasticsearch.get("/" + index + "/_mapping").json().path(index).path("mappings");
        assertThat(mapping.path("_meta").path("alias").asString()).isEqualTo("inspection-reports");
        assertThat(mapping.path("_meta").path("search").asString()).contains("reportText.chars");
        assertThat(mapping.path("_meta").path("fields").propertyNames())
                .containsExactlyInAnyOrderElementsOf(mapping.path("properties").propertyNames());
    }

    @Test
    void refusesToBeforeFromNamingTheField() {
        Answer refused = http.get(SEARCH + "?from=2025-02-01&to=2025-01-01");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactly("to");
    }

    @Test
    void refusesAnIndustryAreaThePlanDoesNotHaveNamingTheField() {
        Answer refused = http.get(SEARCH + "?q=" + URLEncoder.encode("液氨", StandardCharsets.UTF_8)
                + "&industryArea=CHEMICALS");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactly("industryArea");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("HAZARDOUS_CHEMICALS");
    }

    @Test
    void refusesPagesBeyondTheFirst10000HitsNamingThePageEvenAtTheLargestPageNumber() {
        for (String page : new String[] { "1000", "2147483647" }) {
            Answer refused = http.get(SEARCH + "?q=" + enc("应急") + "&size=10&page=" + page);
            assertThat(refused.status()).as(page).isEqualTo(400);
            assertThat(refused.invalidFields()).as(page).containsExactly("page");
        }
    }

    @Test
    void withElasticsearchDownSearchAnswers503AndIndexingCatchesUpWhenItIsBack() {
        ELASTICSEARCH.down();

        Answer unavailable = http.get(SEARCH + "?q=" + enc("应急照明"));
        assertThat(unavailable.status()).as(unavailable.toString()).isEqualTo(503);
        assertThat(unavailable.contentType()).startsWith("application/problem+json");

        String marker = "停电期间记录";
        String id = record(chemicals, "检查期间" + marker + "，消防通道被占用。", OffsetDateTime.now().minusHours(3), "COMPLAINT");

        ELASTICSEARCH.up();
        await("the report recorded during the outage is found").atMost(Duration.ofSeconds(90))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> ids(http.get(SEARCH + "?q=" + enc(marker) + "&enterpriseId=" + chemicals)).contains(id));
    }

    static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
