package cn.gov.sucheng.worksafety.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hazards through the gateway as a district system calls them, on the demo district: the closed loop from report
 * to close-out, the major-hazard path through listed supervision (挂牌督办) to delisting, the demo hazards and
 * accidents of the plan, and the profile's hazard figures.
 */
class HazardClosedLoopThroughGatewayIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final JsonHttp gateway = new JsonHttp(Suite.gateway(), Duration.ofSeconds(20));

    @BeforeAll
    static void startTheSuite() {
        Suite.started();
    }

    String enterprise(String industryArea) {
        Answer list = gateway.get("/api/v1/enterprises?size=1&industryArea=" + industryArea);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().path("items").get(0).path("id").asString();
    }

    Answer post(String path, Map<String, ?> body) {
        return gateway.post(path, JsonHttp.json(body));
    }

    JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
        return answer.json();
    }

    String reported(String enterprise, String grade) {
        Answer created = post("/api/v1/hazards", Map.of("enterpriseId", enterprise, "place", "二号仓库", "description",
                "消防通道被货物堵塞", "grade", grade, "source", "GRID_WORKER", "reportedBy", "网格员 17"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.header("Location");
    }

    @Test
    void aHazardGoesRoundTheClosedLoopThroughTheGateway() {
        String hazard = reported(enterprise("FIRE_SAFETY"), "GENERAL");

        ok(post(hazard + "/confirm", Map.of("version", 0, "grade", "GENERAL", "handling", "BY_DEADLINE", "deadline",
                TODAY.plusDays(7).toString(), "assignee", "仓库主管", "actor", "李科员")));
        Answer illegal = post(hazard + "/verify", Map.of("version", 1, "actor", "李科员"));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.contentType()).startsWith("application/problem+json");
        assertThat(illegal.json().path("currentState").asString()).isEqualTo("CONFIRMED");
        ok(post(hazard + "/start-rectification", Map.of("version", 1, "actor", "仓库主管")));
        ok(post(hazard + "/submit-fix", Map.of("version", 2, "actor", "仓库主管", "evidence", List.of("fix-1.jpg"))));
        ok(post(hazard + "/reject", Map.of("version", 3, "actor", "李科员", "reason", "仍有杂物")));
        ok(post(hazard + "/submit-fix", Map.of("version", 4, "actor", "仓库主管", "evidence", List.of("fix-2.jpg"))));
        JsonNode closed = ok(post(hazard + "/verify", Map.of("version", 5, "actor", "李科员")));

        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        JsonNode history = ok(gateway.get(hazard + "/history"));
        assertThat(history.path("total").asLong()).isEqualTo(7);
        assertThat(history.path("items").get(4).path("reason").asString()).isEqualTo("仍有杂物");
    }

    @Test
    void aMajorHazardIsListedForSupervisionAndClosedOnlyAfterDelisting() {
        String enterprise = enterprise("HAZARDOUS_CHEMICALS");
        String hazard = reported(enterprise, "MAJOR");
        String deadline = TODAY.plusDays(60).toString();
        ok(post(hazard + "/confirm", Map.of("version", 0, "grade", "MAJOR", "handling", "BY_DEADLINE", "deadline",
                deadline, "assignee", "厂长", "actor", "李科员")));
        Map<String, Object> plan = new HashMap<>(Map.of("supervisingBody", "区安委办", "goal", "恢复紧急切断功能",
                "method", "停用储罐并更换切断阀", "fundsCny", 180000, "organisation", "企业主要负责人牵头", "deadline",
                deadline, "safetyMeasures", "停止装卸作业", "emergencyPlan", "储罐区泄漏专项应急预案", "actor", "王科长"));
        plan.put("version", 1);
        Answer listed = post(hazard + "/supervision", plan);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        String supervision = listed.header("Location");
        ok(post(hazard + "/start-rectification", Map.of("version", 2, "actor", "厂长")));
        ok(post(hazard + "/submit-fix", Map.of("version", 3, "actor", "厂长", "evidence", List.of("验收资料.pdf"))));
        assertThat(post(hazard + "/verify", Map.of("version", 4, "actor", "李科员")).status()).isEqualTo(409);

        JsonNode applied = ok(post(supervision + "/apply-for-acceptance", Map.of("version", 0, "actor", "企业负责人")));
        assertThat(applied.path("acceptanceDueOn").asString()).isEqualTo(TODAY.plusDays(10).toString());
        ok(post(supervision + "/accept", Map.of("version", 1, "actor", "王科长", "passed", true)));
        ok(post(supervision + "/evaluate", Map.of("version", 2, "actor", "专家组", "evaluation", "整改到位")));
        ok(post(supervision + "/delist", Map.of("version", 3, "actor", "区安委办")));
        JsonNode closed = ok(post(hazard + "/verify", Map.of("version", 5, "actor", "李科员")));

        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        JsonNode supervised = ok(gateway.get("/api/v1/hazards/supervisions?enterpriseId=" + enterprise));
        assertThat(supervised.path("total").asLong()).isPositive();
        JsonNode profile = ok(gateway.get("/api/v1/enterprises/" + enterprise + "/profile"));
        assertThat(profile.path("hazards").path("available").asBoolean()).isTrue();
        assertThat(profile.path("hazards").path("data").has("majorUnderSupervision")).isTrue();
        assertThat(profile.path("hazards").path("data").path("total").asLong()).isPositive();
    }

    @Test
    void theDemoDistrictHasTheHazardsAndAccidentsOfThePlan() {
        long found = 0;
        for (int year = 2016; year <= 2020; year++) {
            JsonNode all = ok(gateway.get("/api/v1/hazards/statistics?by=ALL&year=" + year));
            found += all.get(0).path("found").asLong();
        }
        assertThat(found).isGreaterThanOrEqualTo(26_639);
        assertThat(ok(gateway.get("/api/v1/risk-reports?size=1")).path("total").asLong()).isGreaterThanOrEqualTo(33);
        assertThat(ok(gateway.get("/api/v1/accidents?year=2016&kind=ACCIDENT&size=1")).path("total").asLong())
                .isGreaterThanOrEqualTo(45);
        JsonNode indicators = ok(gateway.get("/api/v1/indicators?year=2025"));
        assertThat(indicators.size()).isEqualTo(6);
        for (String state : List.of("REPORTED", "CONFIRMED", "RECTIFYING", "AWAITING_VERIFICATION", "CLOSED")) {
            assertThat(ok(gateway.get("/api/v1/hazards?size=1&status=" + state)).path("total").asLong())
                    .as(state).isPositive();
        }
    }
}
