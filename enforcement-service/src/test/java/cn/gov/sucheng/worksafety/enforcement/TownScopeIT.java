package cn.gov.sucheng.worksafety.enforcement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The town data scope: a town-level client's token names its town, and that client lists, reads and finds only its
 * own town's inspections, cases, their trails and reports; another town's record is answered as not there.
 */
@ServiceIT
class TownScopeIT {

    static final String SEARCH = "/api/v1/inspection-reports/search";

    @DynamicPropertySource
    static void siblings(DynamicPropertyRegistry registry) {
        FakeSiblings.register(registry);
    }

    @LocalServerPort
    int port;

    JsonHttp district;
    JsonHttp townCaller;
    String ownTown;
    String otherTown;
    UUID own;
    UUID other;

    @BeforeEach
    void setUp() {
        district = new JsonHttp("http://127.0.0.1:" + port);
        // Towns of their own keep this test's records apart from every other test's.
        String run = UUID.randomUUID().toString().substring(0, 8);
        ownTown = "龙河镇" + run;
        otherTown = "屠园镇" + run;
        own = FakeSiblings.INSTANCE.enterprise("宿迁市宿城区龙河五金厂", ownTown, IndustryArea.INDUSTRY_AREA_METALLURGY_INDUSTRY_TRADE);
        other = FakeSiblings.INSTANCE.enterprise("宿迁市宿城区屠园木业有限公司", otherTown, IndustryArea.INDUSTRY_AREA_METALLURGY_INDUSTRY_TRADE);
        townCaller = district.withToken(TestTokens.forTown(ownTown, "enforcement:read"));
    }

    String inspect(UUID enterprise) {
        Answer recorded = district.post("/api/v1/inspections", JsonHttp.json(TestInspections.body(enterprise,
                "四不两直暗访发现木粉尘除尘器未接地，应急照明灯损坏。")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().path("id").asString();
    }

    String file(UUID enterprise) {
        Answer filed = district.post("/api/v1/cases", JsonHttp.json(Map.of("enterpriseId", enterprise.toString(),
                "violationType", "HAZARD_NOT_ELIMINATED", "major", false, "summary", "未采取措施消除事故隐患",
                "actor", "区应急管理局 李明")));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().path("id").asString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> values(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(i -> values.add(i.path(field).asString()));
        return values;
    }

    @Test
    void aTownCallerListsAndReadsOnlyItsTownsInspectionsAndCases() {
        String ownInspection = inspect(own);
        String otherInspection = inspect(other);
        String ownCase = file(own);
        String otherCase = file(other);

        JsonNode inspections = townCaller.get("/api/v1/inspections?size=100").json();
        assertThat(values(inspections.path("items"), "town")).containsOnly(ownTown);
        assertThat(values(inspections.path("items"), "id")).containsExactly(ownInspection);
        assertThat(inspections.path("total").asLong()).isEqualTo(1);
        assertThat(townCaller.get("/api/v1/inspections?town=" + enc(otherTown)).json().path("total").asLong()).isZero();
        assertThat(district.get("/api/v1/inspections?town=" + enc(otherTown)).json().path("total").asLong()).isEqualTo(1);
        assertThat(townCaller.get("/api/v1/inspections/" + ownInspection).status()).isEqualTo(200);
        assertThat(townCaller.get("/api/v1/inspections/" + otherInspection).status()).isEqualTo(404);
        assertThat(townCaller.get("/api/v1/inspections/" + otherInspection + "/documents").status()).isEqualTo(404);
        assertThat(townCaller.get("/api/v1/inspections/" + ownInspection + "/trail").json().get(0).path("action").asString())
                .isEqualTo("INSPECTION_RECORDED");
        assertThat(townCaller.get("/api/v1/inspections/" + otherInspection + "/trail").status()).isEqualTo(404);
        assertThat(district.get("/api/v1/inspections/" + UUID.randomUUID() + "/trail").status()).isEqualTo(404);

        JsonNode cases = townCaller.get("/api/v1/cases?size=100").json();
        assertThat(values(cases.path("items"), "id")).containsExactly(ownCase);
        assertThat(cases.path("total").asLong()).isEqualTo(1);
        assertThat(townCaller.get("/api/v1/cases/" + ownCase).json().path("town").asString()).isEqualTo(ownTown);
        assertThat(townCaller.get("/api/v1/cases/" + otherCase).status()).isEqualTo(404);
        assertThat(district.get("/api/v1/cases/" + otherCase).status()).isEqualTo(200);
        assertThat(townCaller.get("/api/v1/cases/" + ownCase + "/trail").json().get(0).path("action").asString())
                .isEqualTo("FILED");
        assertThat(townCaller.get("/api/v1/cases/" + otherCase + "/trail").status()).isEqualTo(404);
        assertThat(district.get("/api/v1/cases/" + otherCase + "/trail").json().size()).isEqualTo(1);
    }

    @Test
    void aTownCallersSearchIsConfinedToItsTown() {
        String ownInspection = inspect(own);
        String otherInspection = inspect(other);
        String q = SEARCH + "?q=" + enc("除尘器未接地") + "&size=100";
        await("both reports are searchable").atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).until(() -> {
            Answer a = district.get(q + "&town=" + enc(ownTown));
            Answer b = district.get(q + "&town=" + enc(otherTown));
            return a.status() == 200 && b.status() == 200 && a.json().path("total").asLong() == 1
                    && b.json().path("total").asLong() == 1;
        });

        JsonNode found = townCaller.get(q).json();
        assertThat(values(found.path("items"), "town")).containsOnly(ownTown);
        assertThat(values(found.path("items"), "inspectionId")).contains(ownInspection).doesNotContain(otherInspection);
        assertThat(values(found.path("towns"), "value")).containsExactly(ownTown);
        assertThat(townCaller.get(q + "&town=" + enc(otherTown)).json().path("total").asLong()).isZero();
        assertThat(townCaller.get(q + "&enterpriseId=" + other).json().path("total").asLong()).isZero();
        assertThat(district.get(q + "&enterpriseId=" + other).json().path("total").asLong()).isEqualTo(1);
    }
}
