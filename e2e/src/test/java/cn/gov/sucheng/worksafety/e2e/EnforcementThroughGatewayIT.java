package cn.gov.sucheng.worksafety.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Enforcement through the gateway on the demo district, as the officers' system calls it: an inspection with a
 * finding becomes a hazard in hazard-service (through the outbox), its report is found by the full-text search, an
 * order to correct is issued from it, a random draw is run again through the API to the same pairs, and the
 * enforcement trail verifies intact.
 */
class EnforcementThroughGatewayIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final Duration PATIENCE = Duration.ofMinutes(3);

    final JsonHttp gateway = new JsonHttp(Suite.gateway(), Duration.ofSeconds(20));

    @BeforeAll
    static void startTheSuite() {
        Suite.started();
    }

    JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
        return answer.json();
    }

    /** Asks until the answer is there: deliveries through the outbox and indexing take their time on a busy machine. */
    private static <T> T awaitAnswer(String what, Callable<T> probe) {
        return await(what).atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(probe, Objects::nonNull);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anInspectionsFindingBecomesAHazardItsReportIsFoundAndTheTrailHolds() {
        JsonNode enterprise = ok(gateway.get("/api/v1/enterprises?size=1&industryArea=HAZARDOUS_CHEMICALS")).path("items").get(0);
        String enterpriseId = enterprise.path("id").asString();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("mode", "UNANNOUNCED");
        body.put("place", "液氨制冷机房");
        body.put("startedAt", start.toString());
        body.put("endedAt", start.plusHours(2).toString());
        body.put("officers", List.of(Map.of("badgeNumber", "32130219011", "name", "李明"),
                Map.of("badgeNumber", "32130219012", "name", "王芳")));
        body.put("personsPresent", List.of("企业安全员"));
        body.put("itemsChecked", List.of("液氨制冷系统", "可燃气体检测报警"));
        body.put("findings", List.of(Map.of("description", "液氨制冷机房氨气泄漏报警仪未与事故排风联动", "place", "液氨制冷机房",
                "grade", "MAJOR", "deadline", TODAY.plusDays(10).toString())));
        body.put("reportText", "四不两直暗访" + enterprise.path("name").asString()
                + "液氨制冷机房，发现氨气泄漏报警仪未与事故排风联动，已责令限期整改。");
        body.put("conclusion", "责令限期整改");
        body.put("recordedBy", "区应急管理局 李明");

        Answer recorded = gateway.post("/api/v1/inspections", JsonHttp.json(body));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String inspection = recorded.json().path("id").asString();
        String finding = recorded.json().path("findings").get(0).path("id").asString();

        // The finding reaches hazard-service through the outbox; the inspection then knows its hazard.
        String hazardId = awaitAnswer("the finding registered as a hazard", () -> {
            JsonNode id = ok(gateway.get("/api/v1/inspections/" + inspection)).path("findings").get(0).path("hazardId");
            return id.isString() ? id.asString() : null;
        });
        JsonNode hazard = ok(gateway.get("/api/v1/hazards/" + hazardId));
        assertThat(hazard.path("findingId").asString()).isEqualTo(finding);
        assertThat(hazard.path("enterpriseId").asString()).isEqualTo(enterpriseId);
        assertThat(hazard.path("description").asString()).isEqualTo("液氨制冷机房氨气泄漏报警仪未与事故排风联动");

        // The report is found by words it contains, with the words highlighted.
        String search = "/api/v1/inspection-reports/search?q=" + enc("报警仪未与事故排风联动") + "&enterpriseId=" + enterpriseId;
        JsonNode hit = awaitAnswer("the report found by the search", () -> {
            Answer answer = gateway.get(search);
            if (answer.status() != 200) {
                return null;
            }
            for (JsonNode item : answer.json().path("items")) {
                if (item.path("inspectionId").asString().equals(inspection)) {
                    return item;
                }
            }
            return null;
        });
        assertThat(hit.path("highlights").toString()).contains("<em>");

        JsonNode order = ok(gateway.post("/api/v1/inspections/" + inspection + "/orders-to-correct", JsonHttp.json(Map.of(
                "correctBy", TODAY.plusDays(10).toString(), "requirements", List.of("氨气泄漏报警仪与事故排风联动"),
                "actor", "区应急管理局 李明"))));
        assertThat(order.path("number").asString()).matches("宿城应急责改〔" + TODAY.getYear() + "〕\\d+号");

        List<String> actions = new ArrayList<>();
        ok(gateway.get("/api/v1/inspections/" + inspection + "/trail")).forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).containsExactly("INSPECTION_RECORDED", "ORDER_TO_CORRECT");
        JsonNode verification = ok(gateway.get("/api/v1/enforcement-trail/verification"));
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("checked").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRandomDrawRunsAgainThroughTheApiToTheSamePairs() {
        JsonNode plan = ok(gateway.post("/api/v1/inspection-plans", JsonHttp.json(Map.of("year", TODAY.getYear(),
                "title", "宿城区" + TODAY.getYear() + "年度专项执法检查计划", "workingDays", 250, "officers", 20,
                "otherEnforcementDays", 1200, "nonEnforcementDays", 1700, "checklist", List.of("安全生产责任制落实情况",
                        "隐患排查治理情况"), "actor", "区应急管理局 张伟"))));
        String planId = plan.path("id").asString();

        JsonNode draw = ok(gateway.post("/api/v1/inspection-plans/" + planId + "/draws", JsonHttp.json(Map.of(
                "seed", 20261203L, "enterpriseCount", 5, "officersPerEnterprise", 2, "actor", "区应急管理局 张伟"))));
        assertThat(draw.path("pairs")).hasSize(5);
        assertThat(draw.path("drawnBy").asString()).isEqualTo("区应急管理局 张伟");

        JsonNode again = ok(gateway.get("/api/v1/inspection-plans/" + planId + "/draws/" + draw.path("id").asString()
                + "/verification"));
        assertThat(again.path("reproduced").asBoolean()).as(again.toString()).isTrue();
        assertThat(again.path("seed").asLong()).isEqualTo(20261203L);
        assertThat(again.path("pairs")).isEqualTo(draw.path("pairs"));
        assertThat(ok(gateway.get("/api/v1/enforcement-trail/verification")).path("intact").asBoolean()).isTrue();
    }
}
