package cn.gov.sucheng.worksafety.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.platform.testing.IdempotencyContract;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static cn.gov.sucheng.worksafety.platform.testing.IdempotencyContract.assertReplays;
import static cn.gov.sucheng.worksafety.platform.testing.IdempotencyContract.postRoutes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency-Key on every POST of hazard-service: the contract checks every route the service maps; here a retried
 * action, tip, listing, check or accident is done once, not twice.
 */
class EveryPostIdempotencyIT extends RegistryBackedIT implements IdempotencyContract {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theContractChecksTheRoutesDrivenBelow() {
        assertThat(postRoutes(mappings)).contains("/api/v1/hazards", "/api/v1/hazards/{id}/confirm",
                "/api/v1/hazards/{hazardId}/supervision", "/api/v1/hazards/tips", "/api/v1/risk-reports",
                "/api/v1/accidents", "/api/v1/accidents/{id}/investigation");
    }

    @Test
    void aRetriedActionIsDoneOnceAndAnswersAsTheFirstTime() {
        UUID enterprise = enterprise("宿迁市重试化工有限公司", uniqueTown(), IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        String hazard = twice("/api/v1/hazards", Map.of("enterpriseId", enterprise.toString(), "description",
                "液氨储罐区未设置紧急切断装置", "grade", "MAJOR", "source", "GRID_WORKER"), 201).header("Location");
        // Without the key the second confirm would be refused (409: version 0 is stale by then).
        twice(hazard + "/confirm", Map.of("version", 0, "grade", "MAJOR", "handling", "BY_DEADLINE", "deadline",
                LocalDate.now(ZONE).plusDays(60).toString(), "assignee", "厂长", "actor", "李科员"), 200);
        Map<String, Object> plan = new HashMap<>(Map.of("supervisingBody", "区安委办", "goal", "加装紧急切断装置",
                "method", "停用储罐，委托有资质单位施工", "fundsCny", 260000, "organisation", "企业主要负责人牵头",
                "deadline", LocalDate.now(ZONE).plusDays(45).toString(), "safetyMeasures", "停止装卸作业，设置警戒区",
                "emergencyPlan", "液氨泄漏专项应急预案", "actor", "王科长"));
        plan.put("version", 1);
        String supervision = twice(hazard + "/supervision", plan, 201).header("Location");
        twice(supervision + "/apply-for-acceptance", Map.of("version", 0, "actor", "企业负责人"), 200);
        assertThat(http.get(hazard).json().path("version").asLong()).isEqualTo(2);
        assertThat(http.get(hazard + "/history").json().path("total").asLong()).isEqualTo(3);
        assertThat(http.get(supervision + "/history").json().path("total").asLong()).isEqualTo(2);

        String tip = twice("/api/v1/hazards/tips", Map.of("enterpriseId", enterprise.toString(), "description",
                "消防通道被杂物堵塞", "anonymous", true), 201).header("Location");
        twice(tip + "/reward-decision", Map.of("version", 0, "decision", "GRANTED", "amountCny", 500, "actor",
                "区应急管理局", "reason", "线索属实"), 200);
        Answer risk = twice("/api/v1/risk-reports", Map.of("enterpriseId", enterprise.toString(), "riskObject",
                "液氨储罐区", "riskUnit", "1号液氨储罐", "riskEvent", "液氨泄漏", "level", "RED", "controlMeasures",
                List.of("可燃气体报警联锁"), "checkTasks",
                List.of(Map.of("description", "巡检报警器", "cycleUnit", "DAYS", "cycleLength", 1))), 201);
        String records = risk.header("Location") + "/tasks/" + risk.json().path("checkTasks").get(0).path("id")
                .asString() + "/records";
        twice(records, Map.of("checker", "安全员 刘", "passed", false, "note", "报警器探头损坏"), 201);
        assertThat(http.get(records).json().path("total").asLong()).isEqualTo(1);
        OffsetDateTime at = OffsetDateTime.now(ZONE).minusHours(3);
        String accident = twice("/api/v1/accidents", Map.of("kind", "NEAR_MISS", "occurredAt", at.toString(),
                "reportedAt", at.plusMinutes(10).toString(), "enterpriseId", enterprise.toString(), "industryArea",
                "HAZARDOUS_CHEMICALS", "place", "储罐区", "description", "液氨微量泄漏", "deaths", 0, "injuries", 0,
                "directLossCny", 0), 201).header("Location");
        twice(accident + "/investigation", Map.of("version", 0, "investigation", "INVESTIGATING"), 200);

        // One of each: the tip's hazard and the failed check's hazard besides the one reported.
        assertThat(http.get("/api/v1/hazards?enterpriseId=" + enterprise).json().path("total").asLong()).isEqualTo(3);
        assertThat(http.get("/api/v1/hazards/tips/" + tip.substring(tip.lastIndexOf('/') + 1)).json()
                .path("version").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/risk-reports?enterpriseId=" + enterprise).json().path("total").asLong())
                .isEqualTo(1);
        assertThat(http.get("/api/v1/accidents?enterpriseId=" + enterprise).json().path("total").asLong())
                .isEqualTo(1);
        assertThat(http.get(accident).json().path("version").asLong()).isEqualTo(1);
    }

    /** Sends the same POST twice with one key: both answer {@code status} alike, the second as a replay. */
    private Answer twice(String path, Map<String, ?> body, int status) {
        String key = UUID.randomUUID().toString();
        Answer first = http.post(path, JsonHttp.json(body), key);
        assertThat(first.status()).as(path + ": " + first).isEqualTo(status);
        assertReplays(first, http.post(path, JsonHttp.json(body), key));
        return first;
    }
}
