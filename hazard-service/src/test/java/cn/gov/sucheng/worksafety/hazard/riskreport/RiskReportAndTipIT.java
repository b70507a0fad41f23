package cn.gov.sucheng.worksafety.hazard.riskreport;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.hazard.RegistryBackedIT;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Risk reports with their check tasks and records, and public tips with their reward, over REST. */
class RiskReportAndTipIT extends RegistryBackedIT {

    static Map<String, Object> report(UUID enterprise) {
        return new HashMap<>(Map.of("enterpriseId", enterprise.toString(), "riskObject", "液氨储罐区", "riskUnit",
                "1号液氨储罐", "riskEvent", "液氨泄漏导致中毒和爆炸", "level", "RED", "controlMeasures",
                List.of("可燃气体报警联锁", "储罐区视频监控"), "checkTasks",
                List.of(Map.of("description", "巡检报警器", "cycleUnit", "DAYS", "cycleLength", 1),
                        Map.of("description", "校验联锁", "cycleUnit", "MONTHS", "cycleLength", 3))));
    }

    @Test
    void aRiskIsFiledWithItsTasksAndAFailedCheckBecomesAHazard() {
        UUID enterprise = enterprise("宿迁市恒安化工有限公司", "耿车镇", IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        Answer filed = post("/api/v1/risk-reports", report(enterprise));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String path = filed.header("Location");
        var daily = filed.json().path("checkTasks").get(0);
        assertThat(daily.path("overdue").asBoolean()).isFalse();
        String task = daily.path("id").asString();

        // A check two days ago on a daily task: a cycle passed since without a record.
        Answer old = post(path + "/tasks/" + task + "/records", Map.of("checker", "安全员 刘", "passed", true,
                "checkedAt", OffsetDateTime.now().minusDays(2).toString()));
        assertThat(old.status()).as(old.toString()).isEqualTo(201);
        assertThat(http.get(path).json().path("checkTasks").get(0).path("overdue").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/risk-reports/overdue-tasks?enterpriseId=" + enterprise).json().size())
                .isEqualTo(1);

        Answer noNote = post(path + "/tasks/" + task + "/records", Map.of("checker", "安全员 刘", "passed", false));
        assertThat(noNote.invalidFields()).containsExactly("note");
        Answer failed = post(path + "/tasks/" + task + "/records", Map.of("checker", "安全员 刘", "passed", false,
                "note", "报警器探头损坏", "grade", "MAJOR"));
        assertThat(failed.status()).isEqualTo(201);
        String hazardId = failed.json().path("hazardId").asString();
        var hazard = http.get("/api/v1/hazards/" + hazardId).json();
        assertThat(hazard.path("source").asString()).isEqualTo("SELF_INSPECTION");
        assertThat(hazard.path("grade").asString()).isEqualTo("MAJOR");
        assertThat(hazard.path("description").asString()).startsWith("报警器探头损坏");
        assertThat(http.get(path).json().path("checkTasks").get(0).path("overdue").asBoolean()).isFalse();
        assertThat(http.get(path + "/tasks/" + task + "/records").json().path("total").asLong()).isEqualTo(2);
        assertThat(http.get("/api/v1/risk-reports?enterpriseId=" + enterprise + "&level=RED").json().path("total")
                .asLong()).isEqualTo(1);
        assertThat(post(path + "/tasks/" + UUID.randomUUID() + "/records", Map.of("checker", "x", "passed", true))
                .status()).isEqualTo(404);
        assertThat(http.get(path + "/tasks/" + UUID.randomUUID() + "/records").status()).isEqualTo(404);
    }

    @Test
    void refusesAReportWithoutTasksOrForAnUnknownEnterprise() {
        Map<String, Object> noTasks = report(enterprise("宿迁市测试企业", "蔡集镇", IndustryArea.INDUSTRY_AREA_OTHER));
        noTasks.put("checkTasks", List.of());
        assertThat(post("/api/v1/risk-reports", noTasks).invalidFields()).containsExactly("checkTasks");
        assertThat(post("/api/v1/risk-reports", report(UUID.randomUUID())).status()).isEqualTo(422);
    }

    @Test
    void aTipBecomesAHazardAndItsRewardIsDecidedOnce() {
        UUID enterprise = enterprise("宿迁市宝龙商业管理有限公司", "幸福街道", IndustryArea.INDUSTRY_AREA_FIRE_SAFETY);
        Answer named = post("/api/v1/hazards/tips", Map.of("enterpriseId", enterprise.toString(), "description",
                "商场消防通道被杂物堵塞", "anonymous", false, "tipsterName", "张三", "tipsterPhone", "13800000000"));
        assertThat(named.status()).as(named.toString()).isEqualTo(201);
        var hazard = http.get("/api/v1/hazards/" + named.json().path("hazardId").asString()).json();
        assertThat(hazard.path("source").asString()).isEqualTo("PUBLIC_TIP");
        assertThat(hazard.path("reportedBy").asString()).isEqualTo("张三");

        Answer anonymousWithName = post("/api/v1/hazards/tips", Map.of("enterpriseId", enterprise.toString(),
                "description", "x", "anonymous", true, "tipsterName", "李四"));
        assertThat(anonymousWithName.invalidFields()).containsExactly("anonymous");

        String path = named.header("Location");
        Answer granted = post(path + "/reward-decision", Map.of("version", 0, "decision", "GRANTED", "amountCny", 500,
                "actor", "区应急管理局"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.json().path("rewardAmountCny").asDouble()).isEqualTo(500.0);
        Answer again = post(path + "/reward-decision", Map.of("version", 1, "decision", "DENIED", "reason", "重复",
                "actor", "区应急管理局"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("currentState").asString()).isEqualTo("GRANTED");
    }
}
