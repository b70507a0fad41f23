package cn.gov.sucheng.worksafety.hazard.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.hazard.RegistryBackedIT;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A major hazard from listing for supervision (挂牌督办) to delisting and close-out, over REST. */
class SupervisionIT extends RegistryBackedIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    String confirmedHazard(UUID enterprise, String grade) {
        String path = post("/api/v1/hazards", Map.of("enterpriseId", enterprise.toString(), "description",
                "液氨储罐区未设置紧急切断装置", "grade", grade, "source", "INSPECTION_FINDING")).header("Location");
        Answer confirmed = post(path + "/confirm", Map.of("version", 0, "grade", grade, "handling", "BY_DEADLINE",
                "deadline", TODAY.plusDays(60).toString(), "assignee", "厂长", "actor", "李科员"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return path;
    }

    /** A treatment plan, listed on the hazard at {@code hazardVersion}. */
    static Map<String, Object> plan(long hazardVersion) {
        Map<String, Object> plan = new HashMap<>(Map.of("supervisingBody", "区安委办", "goal", "加装紧急切断装置",
                "method", "停用储罐，委托有资质单位施工", "fundsCny", 260000, "organisation", "企业主要负责人牵头",
                "deadline", TODAY.plusDays(45).toString(), "safetyMeasures", "停止装卸作业，设置警戒区",
                "emergencyPlan", "液氨泄漏专项应急预案", "actor", "王科长"));
        plan.put("version", hazardVersion);
        return plan;
    }

    @Test
    void aMajorHazardIsListedAcceptedEvaluatedDelistedAndThenClosedOut() {
        UUID enterprise = enterprise("宿迁市金鼎化工有限公司", "耿车镇", IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        String hazard = confirmedHazard(enterprise, "MAJOR");

        Answer listed = post(hazard + "/supervision", plan(1));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        String path = listed.header("Location");
        assertThat(listed.json().path("status").asString()).isEqualTo("LISTED");
        assertThat(listed.json().path("plan").path("emergencyPlan").asString()).isEqualTo("液氨泄漏专项应急预案");
        assertThat(http.get(hazard).json().path("supervised").asBoolean()).isTrue();
        assertThat(post(hazard + "/supervision", plan(2)).status()).isEqualTo(409);
        Answer supervised = http.get("/api/v1/hazards/supervisions?enterpriseId=" + enterprise);
        assertThat(supervised.json().path("total").asLong()).isEqualTo(1);

        long v = http.get(hazard).json().path("version").asLong();
        post(hazard + "/start-rectification", Map.of("version", v, "actor", "厂长"));
        post(hazard + "/submit-fix", Map.of("version", v + 1, "actor", "厂长", "evidence", List.of("验收报告.pdf")));
        Answer tooEarly = post(hazard + "/verify", Map.of("version", v + 2, "actor", "李科员"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().path("allowedActions").toString()).isEqualTo("[\"REJECT\"]");

        Answer refused = post(path + "/evaluate", Map.of("version", 0, "actor", "专家组", "evaluation", "好"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("currentState").asString()).isEqualTo("LISTED");
        Answer applied = post(path + "/apply-for-acceptance", Map.of("version", 0, "actor", "企业负责人"));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().path("acceptanceDueOn").asString()).isEqualTo(TODAY.plusDays(10).toString());
        assertThat(applied.json().path("acceptanceOverdue").asBoolean()).isFalse();
        Answer noVerdict = post(path + "/accept", Map.of("version", 1, "actor", "王科长"));
        assertThat(noVerdict.invalidFields()).containsExactly("passed");
        assertThat(post(path + "/accept", Map.of("version", 1, "actor", "王科长", "passed", true)).status())
                .isEqualTo(200);
        assertThat(post(path + "/evaluate", Map.of("version", 2, "actor", "专家组", "evaluation", "整改到位，效果良好"))
                .status()).isEqualTo(200);
        Answer delisted = post(path + "/delist", Map.of("version", 3, "actor", "区安委办"));
        assertThat(delisted.status()).as(delisted.toString()).isEqualTo(200);
        assertThat(delisted.json().path("status").asString()).isEqualTo("DELISTED");

        Answer closed = post(hazard + "/verify", Map.of("version", v + 3, "actor", "李科员"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        List<String> actions = new java.util.ArrayList<>();
        http.get(hazard + "/history").json().path("items").forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).contains("LIST_FOR_SUPERVISION", "DELIST");
        assertThat(http.get(path + "/history").json().path("total").asLong()).isEqualTo(5);
    }

    @Test
    void onlyAnOpenMajorHazardIsListed() {
        UUID enterprise = enterprise("宿迁市明辉电子有限公司", "宿城经济开发区", IndustryArea.INDUSTRY_AREA_INDUSTRIAL_PARKS);
        Answer general = post(confirmedHazard(enterprise, "GENERAL") + "/supervision", plan(1));
        assertThat(general.status()).isEqualTo(409);
        Map<String, Object> noPlan = plan(1);
        noPlan.remove("emergencyPlan");
        Answer missing = post(confirmedHazard(enterprise, "MAJOR") + "/supervision", noPlan);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.invalidFields()).containsExactly("emergencyPlan");
        assertThat(post("/api/v1/hazards/" + UUID.randomUUID() + "/supervision", plan(0)).status()).isEqualTo(404);
    }

    @Test
    void listingCarriesTheHazardsVersionSoAConcurrentChangeIsNeverOverlooked() {
        UUID enterprise = enterprise("宿迁市润丰化工有限公司", "洋北镇", IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        String hazard = confirmedHazard(enterprise, "MAJOR");
        Map<String, Object> noVersion = plan(1);
        noVersion.remove("version");

        Answer missing = post(hazard + "/supervision", noVersion);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.invalidFields()).containsExactly("version");
        Answer stale = post(hazard + "/supervision", plan(0));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(postIfMatch(hazard + "/supervision", "\"0\"", noVersion).status()).isEqualTo(412);
        assertThat(http.get(hazard).json().path("supervised").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/hazards/supervisions?enterpriseId=" + enterprise).json().path("total").asLong())
                .isZero();

        Answer listed = postIfMatch(hazard + "/supervision", "\"1\"", noVersion);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        assertThat(http.get(hazard).json().path("version").asLong()).isEqualTo(2);
    }
}
