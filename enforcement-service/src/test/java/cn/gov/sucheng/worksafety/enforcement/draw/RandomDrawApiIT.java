package cn.gov.sucheng.worksafety.enforcement.draw;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.FakeSiblings;
import cn.gov.sucheng.worksafety.enforcement.ServiceIT;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.training.grpc.v1.Officer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans and random draws through the API, with both pools served over gRPC by real servers implementing the
 * registry's ListDrawPool and training-service's OfficerService contracts.
 */
@ServiceIT
class RandomDrawApiIT {

    @DynamicPropertySource
    static void siblings(DynamicPropertyRegistry registry) {
        FakeSiblings.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonHttp http;
    String town;
    List<UUID> enterprises;
    String plan;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        // A town of its own keeps this test's pool apart from every other test's enterprises.
        town = "抽查镇" + UUID.randomUUID();
        enterprises = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            enterprises.add(FakeSiblings.INSTANCE.enterprise("宿迁市宿城区抽查企业" + i, town, IndustryArea.INDUSTRY_AREA_OTHER));
        }
        FakeSiblings.INSTANCE.officers.clear();
        for (int i = 0; i < 6; i++) {
            Officer.Builder officer = Officer.newBuilder().setId("00000000-0000-0000-0000-00000000000" + i)
                    .setName("执法员" + i).setBadgeNumber("3213021900" + i).setDepartment("区应急管理局")
                    .setCredentialValidUntil("2030-12-31");
            if (i == 0) {
                officer.addTiedEnterpriseIds(enterprises.get(0).toString());
            }
            FakeSiblings.INSTANCE.officers.add(officer.build());
        }
        Answer created = http.post("/api/v1/inspection-plans", JsonHttp.json(Map.of("year", 2025, "title", "2025年度监督检查计划",
                "workingDays", 250, "officers", 24, "otherEnforcementDays", 1200, "nonEnforcementDays", 1800,
                "checklist", List.of("安全生产责任制", "隐患排查治理"), "actor", "区应急管理局 张伟")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("inspectionDays").asInt()).isEqualTo(250 * 24 - 1200 - 1800);
        plan = created.json().path("id").asString();
    }

    Answer draw(Long seed, int count) {
        return drawOn(plan, seed, count);
    }

    Answer drawOn(String planId, Long seed, int count) {
        Map<String, Object> body = new HashMap<>(Map.of("town", town, "enterpriseCount", count,
                "officersPerEnterprise", 2, "actor", "区应急管理局 张伟"));
        if (seed != null) {
            body.put("seed", seed);
        }
        return http.post("/api/v1/inspection-plans/" + planId + "/draws", JsonHttp.json(body));
    }

    /** A plan body with {@code workingDays} × {@code officers} inspection days and no other days. */
    static Map<String, Object> planBody(int workingDays, int officers, List<String> keyUnits) {
        return Map.of("year", 2025, "title", "小型专项检查计划", "workingDays", workingDays, "officers", officers,
                "otherEnforcementDays", 0, "nonEnforcementDays", 0, "keyUnitIds", keyUnits,
                "checklist", List.of("安全生产责任制"), "actor", "区应急管理局 张伟");
    }

    Answer revise(String planId, String ifMatch, Map<String, Object> body) {
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/inspection-plans/" + planId))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(JsonHttp.json(body)));
        if (ifMatch != null) {
            put.header("If-Match", ifMatch);
        }
        return http.send(put);
    }

    @Test
    void aDrawNeedingMoreInspectionDaysThanThePlanHasLeftIsRefusedWith422() {
        // 5 inspection days: two enterprises with two officers each take 4, a third would need 2 more.
        String small = http.post("/api/v1/inspection-plans", JsonHttp.json(planBody(5, 1, List.of()))).json()
                .path("id").asString();

        Answer first = drawOn(small, 7L, 2);
        Answer second = drawOn(small, 8L, 1);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(422);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().path("detail").asString()).contains("5 inspection days").contains("draws 4")
                .contains("this draw 2");
        assertThat(http.get("/api/v1/inspection-plans/" + small + "/draws").json()).hasSize(1);
    }

    @Test
    void keyUnitsTakeTwoInspectionDaysEachAndMayNotExceedThePlan() {
        List<String> keyUnits = enterprises.stream().limit(3).map(UUID::toString).toList();

        Answer tooMany = http.post("/api/v1/inspection-plans", JsonHttp.json(planBody(5, 1, keyUnits)));
        Answer fitting = http.post("/api/v1/inspection-plans", JsonHttp.json(planBody(6, 1, keyUnits)));

        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(fitting.status()).as(fitting.toString()).isEqualTo(201);
        assertThat(fitting.json().path("keyUnitDays").asInt()).isEqualTo(6);
        String full = fitting.json().path("id").asString();
        assertThat(drawOn(full, 9L, 1).status()).as("no day left for a draw").isEqualTo(422);
    }

    @Test
    void aRevisedPlanMustKeepRoomForWhatItsDrawsTookAndAStaleRevisionAnswers412() {
        String revisable = http.post("/api/v1/inspection-plans", JsonHttp.json(planBody(250, 2, List.of()))).json()
                .path("id").asString();
        assertThat(drawOn(revisable, 11L, 3).status()).isEqualTo(201);

        Answer tooSmall = revise(revisable, "\"0\"", planBody(5, 1, List.of()));
        Answer revised = revise(revisable, "\"0\"", planBody(3, 2, List.of()));
        Answer stale = revise(revisable, "\"0\"", planBody(200, 2, List.of()));

        assertThat(tooSmall.status()).as(tooSmall.toString()).isEqualTo(422);
        assertThat(tooSmall.json().path("detail").asString()).contains("draws 6");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().path("inspectionDays").asInt()).isEqualTo(6);
        assertThat(revised.json().path("version").asLong()).isEqualTo(1);
        assertThat(revised.header("ETag")).isEqualTo("\"1\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(http.get("/api/v1/inspection-plans/" + revisable).json().path("workingDays").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT action FROM trail_entry WHERE subject_id = :id ORDER BY sequence")
                .param("id", UUID.fromString(revisable)).query(String.class).list())
                .containsExactly("PLAN_CREATED", "PLAN_REVISED");
    }

    @Test
    void aDrawRecordsSeedAndPoolsAndRunsAgainToTheSamePairsEvenAfterThePoolsChanged() {
        Answer drawn = draw(20250512L, 3);

        assertThat(drawn.status()).as(drawn.toString()).isEqualTo(201);
        JsonNode json = drawn.json();
        assertThat(json.path("seed").asLong()).isEqualTo(20250512L);
        assertThat(json.path("drawnBy").asString()).isEqualTo("区应急管理局 张伟");
        assertThat(json.path("enterprisePool")).hasSize(5);
        assertThat(json.path("officerPool")).hasSize(6);
        assertThat(json.path("pairs")).hasSize(3);
        List<String> drawnEnterprises = new ArrayList<>();
        json.path("pairs").forEach(p -> {
            drawnEnterprises.add(p.path("enterpriseId").asString());
            assertThat(p.path("officerIds")).hasSize(2);
            if (p.path("enterpriseId").asString().equals(enterprises.get(0).toString())) {
                assertThat(p.path("officerIds").toString()).as("the tied officer is recused")
                        .doesNotContain("00000000-0000-0000-0000-000000000000");
            }
        });
        assertThat(drawnEnterprises).doesNotHaveDuplicates();

        // The registry and the officers change after the draw: the verification uses what was recorded.
        FakeSiblings.INSTANCE.enterprise("宿迁市宿城区新登记企业", town, IndustryArea.INDUSTRY_AREA_OTHER);
        FakeSiblings.INSTANCE.officers.remove(5);
        String drawId = json.path("id").asString();
        Answer verification = http.get("/api/v1/inspection-plans/" + plan + "/draws/" + drawId + "/verification");

        assertThat(verification.json().path("reproduced").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.json().path("pairs")).isEqualTo(json.path("pairs"));
        assertThat(http.get("/api/v1/inspection-plans/" + plan + "/draws/" + drawId).json().path("pairs"))
                .isEqualTo(json.path("pairs"));
        // The draw belongs to its plan: under another plan's id it is not there.
        String otherPlan = "/api/v1/inspection-plans/" + UUID.randomUUID() + "/draws/" + drawId;
        assertThat(http.get(otherPlan).status()).isEqualTo(404);
        assertThat(http.get(otherPlan + "/verification").status()).isEqualTo(404);
    }

    @Test
    void officersDrawnForAnEnterpriseLastTimeAreRecusedTheNextTime() {
        JsonNode first = draw(1L, 5).json().path("pairs");
        Map<String, String> before = new HashMap<>();
        first.forEach(p -> before.put(p.path("enterpriseId").asString(), p.path("officerIds").toString()));

        JsonNode second = draw(2L, 5).json().path("pairs");

        second.forEach(p -> {
            JsonNode now = p.path("officerIds");
            String last = before.get(p.path("enterpriseId").asString());
            now.forEach(o -> assertThat(last).doesNotContain(o.asString()));
        });
    }

    @Test
    void refusesToDrawMoreEnterprisesThanThePoolHoldsWith422() {
        Answer refused = draw(3L, 6);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPlanWhoseOtherDaysExceedItsCapacityIsRefusedNamingTheField() {
        Answer refused = http.post("/api/v1/inspection-plans", JsonHttp.json(Map.of("year", 2025, "title", "超额计划",
                "workingDays", 10, "officers", 2, "otherEnforcementDays", 15, "nonEnforcementDays", 10,
                "checklist", List.of("安全生产责任制"), "actor", "张伟")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactly("nonEnforcementDays");
    }
}
