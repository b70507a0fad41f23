package cn.gov.sucheng.worksafety.enforcement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import cn.gov.sucheng.worksafety.training.grpc.v1.Officer;
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
 * own town's inspections, cases, their trails and reports; another town's record is answered as not there. It
 * inspects and files cases for its own town's enterprises only, and draws over its own town.
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
    void aTownCallerInspectsAndFilesCasesOnlyForItsTownsEnterprises() {
        JsonHttp writer = district.withToken(TestTokens.forTown(ownTown, "enforcement:read", "enforcement:write"));
        String otherInspection = inspect(other);

        // Another town's enterprise is as unknown as one the registry does not have: 422, and nothing recorded.
        Answer inspected = writer.post("/api/v1/inspections", JsonHttp.json(TestInspections.body(other, "他镇企业检查")));
        assertThat(inspected.status()).as(inspected.toString()).isEqualTo(422);
        assertThat(inspected.json().path("detail").asString()).contains("is not registered");
        assertThat(district.get("/api/v1/inspections?town=" + enc(otherTown)).json().path("total").asLong()).isEqualTo(1);
        Answer filed = writer.post("/api/v1/cases", JsonHttp.json(caseBody(other, null)));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(422);
        assertThat(filed.json().path("detail").asString()).contains("is not registered");
        // Nor can its own case name another town's inspection, or one of another enterprise, or one not there.
        for (String inspection : List.of(otherInspection, inspect(
                FakeSiblings.INSTANCE.enterprise("宿迁市宿城区龙河第二五金厂", ownTown, IndustryArea.INDUSTRY_AREA_OTHER)),
                UUID.randomUUID().toString())) {
            Answer refused = writer.post("/api/v1/cases", JsonHttp.json(caseBody(own, inspection)));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.json().path("detail").asString()).contains("inspectionId " + inspection);
        }
        assertThat(district.get("/api/v1/cases?enterpriseId=" + other).json().path("total").asLong()).isZero();
        assertThat(district.get("/api/v1/cases?enterpriseId=" + own).json().path("total").asLong()).isZero();

        // Its own town's enterprise it inspects, and files a case from that inspection.
        Answer ownInspection = writer.post("/api/v1/inspections", JsonHttp.json(TestInspections.body(own, "本镇企业检查")));
        assertThat(ownInspection.status()).as(ownInspection.toString()).isEqualTo(201);
        String inspection = ownInspection.json().path("id").asString();
        Answer ownCase = writer.post("/api/v1/cases", JsonHttp.json(caseBody(own, inspection)));
        assertThat(ownCase.status()).as(ownCase.toString()).isEqualTo(201);
        assertThat(ownCase.json().path("inspectionId").asString()).isEqualTo(inspection);
        // The district's caller files a case from any town's inspection, but not under another enterprise.
        assertThat(district.post("/api/v1/cases", JsonHttp.json(caseBody(other, otherInspection))).status())
                .isEqualTo(201);
        assertThat(district.post("/api/v1/cases", JsonHttp.json(caseBody(own, otherInspection))).status())
                .isEqualTo(422);
    }

    static Map<String, Object> caseBody(UUID enterprise, String inspection) {
        Map<String, Object> body = new HashMap<>(Map.of("enterpriseId", enterprise.toString(),
                "violationType", "HAZARD_NOT_ELIMINATED", "major", false, "summary", "未采取措施消除事故隐患",
                "actor", "镇安监办 李明"));
        if (inspection != null) {
            body.put("inspectionId", inspection);
        }
        return body;
    }

    @Test
    void aTownCallerDrawsOverItsOwnTownAndSeesOnlyItsTownsDraws() {
        UUID ownSecond = FakeSiblings.INSTANCE.enterprise("宿迁市宿城区龙河纸箱厂", ownTown, IndustryArea.INDUSTRY_AREA_OTHER);
        FakeSiblings.INSTANCE.officers.clear();
        for (int i = 0; i < 4; i++) {
            Officer.Builder officer = Officer.newBuilder().setId("00000000-0000-0000-0000-00000000010" + i)
                    .setName("执法员" + i).setBadgeNumber("3213021910" + i).setDepartment("区应急管理局")
                    .setCredentialValidUntil("2030-12-31");
            if (i == 0) {
                officer.addTiedEnterpriseIds(other.toString()).addTiedEnterpriseIds(own.toString());
            }
            FakeSiblings.INSTANCE.officers.add(officer.build());
        }
        Answer created = district.post("/api/v1/inspection-plans", JsonHttp.json(Map.of("year", 2025, "title",
                "2025年度监督检查计划", "workingDays", 250, "officers", 24, "otherEnforcementDays", 0,
                "nonEnforcementDays", 0, "checklist", List.of("安全生产责任制"), "actor", "区应急管理局 张伟")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String draws = "/api/v1/inspection-plans/" + created.json().path("id").asString() + "/draws";
        JsonHttp writer = district.withToken(TestTokens.forTown(ownTown, "enforcement:read", "enforcement:write"));
        Answer districtDraw = district.post(draws, JsonHttp.json(drawBody(otherTown)));
        assertThat(districtDraw.status()).as(districtDraw.toString()).isEqualTo(201);
        String otherDraw = districtDraw.json().path("id").asString();

        Answer elsewhere = writer.post(draws, JsonHttp.json(drawBody(otherTown)));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(400);
        assertThat(elsewhere.invalidFields()).containsExactly("town");
        Answer drawn = writer.post(draws, JsonHttp.json(drawBody(null)));
        assertThat(drawn.status()).as(drawn.toString()).isEqualTo(201);
        assertThat(drawn.json().path("town").asString()).isEqualTo(ownTown);
        assertThat(values(drawn.json().path("enterprisePool"), "id"))
                .containsExactlyInAnyOrder(own.toString(), ownSecond.toString());
        assertThat(drawn.json().path("officerPool").toString()).contains(own.toString()).doesNotContain(other.toString());
        String ownDraw = drawn.json().path("id").asString();

        // Reads: its own town's draws only, ties narrowed to its pool; the run again still gives the same pairs.
        assertThat(values(writer.get(draws).json(), "id")).containsExactly(ownDraw);
        Answer read = writer.get(draws + "/" + ownDraw);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("officerPool").toString()).doesNotContain(other.toString());
        assertThat(writer.get(draws + "/" + otherDraw).status()).isEqualTo(404);
        assertThat(writer.get(draws + "/" + otherDraw + "/verification").status()).isEqualTo(404);
        Answer verified = writer.get(draws + "/" + ownDraw + "/verification");
        assertThat(verified.json().path("reproduced").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.json().path("pairs")).isEqualTo(drawn.json().path("pairs"));

        // The district's caller sees both, as they were recorded.
        assertThat(values(district.get(draws).json(), "id")).containsExactly(ownDraw, otherDraw);
        assertThat(district.get(draws + "/" + ownDraw).json().path("officerPool").toString())
                .contains(other.toString());
        assertThat(district.get(draws + "/" + otherDraw + "/verification").json().path("reproduced").asBoolean())
                .isTrue();
    }

    static Map<String, Object> drawBody(String town) {
        Map<String, Object> body = new HashMap<>(Map.of("enterpriseCount", 1, "officersPerEnterprise", 2,
                "actor", "区应急管理局 张伟"));
        if (town != null) {
            body.put("town", town);
        }
        return body;
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
