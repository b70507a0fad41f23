package cn.gov.sucheng.worksafety.hazard.accident;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.hazard.RegistryBackedIT;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accidents over REST, and the plan's indicators they feed. The indicators count every accident of a year in the
 * shared database, so the test compares before and after its own records rather than absolute figures.
 */
class AccidentAndIndicatorIT extends RegistryBackedIT {

    // Inputs go to a year no demo data uses; accidents to a past year, judged by what this test adds.
    static final int INPUT_YEAR = 2099;
    static final int YEAR = 2022;

    static Map<String, Object> accident(String occurredAt, String reportedAt, String area, int deaths) {
        return new HashMap<>(Map.of("kind", "ACCIDENT", "occurredAt", occurredAt, "reportedAt", reportedAt,
                "industryArea", area, "place", "耿车镇某工地", "description", "脚手架坍塌", "deaths", deaths, "injuries", 1,
                "directLossCny", 120000));
    }

    @Test
    void flagsLateReportsAndRefusesBadInput() {
        UUID enterprise = enterprise("宿迁市华宇建设工程有限公司", "龙河镇", IndustryArea.INDUSTRY_AREA_CONSTRUCTION);
        Map<String, Object> late = accident("2026-05-01T08:00:00+08:00", "2026-05-01T11:00:00+08:00", "CONSTRUCTION", 0);
        late.put("enterpriseId", enterprise.toString());
        Answer recorded = post("/api/v1/accidents", late);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().path("lateReport").asBoolean()).isTrue();
        assertThat(recorded.json().path("enterpriseName").asString()).isEqualTo("宿迁市华宇建设工程有限公司");
        assertThat(http.get("/api/v1/accidents?enterpriseId=" + enterprise + "&lateOrConcealed=true").json()
                .path("total").asLong()).isEqualTo(1);

        Map<String, Object> unknown = accident("2026-05-01T08:00:00+08:00", "2026-05-01T08:10:00+08:00", "OTHER", 0);
        unknown.put("enterpriseId", UUID.randomUUID().toString());
        assertThat(post("/api/v1/accidents", unknown).status()).isEqualTo(422);
        Answer badArea = post("/api/v1/accidents", accident("2026-05-01T08:00:00+08:00", "2026-05-01T08:10:00+08:00",
                "MINING_ON_MARS", 0));
        assertThat(badArea.invalidFields()).containsExactly("industryArea");
        Answer badFilter = http.get("/api/v1/accidents?industryArea=MINING_ON_MARS");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.invalidFields()).containsExactly("industryArea");
        assertThat(http.get("/api/v1/accidents?industryArea=CONSTRUCTION").status()).isEqualTo(200);
        Map<String, Object> nearMiss = accident("2026-05-01T08:00:00+08:00", "2026-05-01T08:10:00+08:00", "OTHER", 1);
        nearMiss.put("kind", "NEAR_MISS");
        assertThat(post("/api/v1/accidents", nearMiss).invalidFields()).containsExactly("kind");

        String path = recorded.header("Location");
        Answer skip = post(path + "/investigation", Map.of("version", 0, "investigation", "CONCLUDED"));
        assertThat(skip.status()).isEqualTo(409);
        assertThat(skip.json().path("currentState").asString()).isEqualTo("NOT_STARTED");
        assertThat(post(path + "/investigation", Map.of("version", 0, "investigation", "INVESTIGATING")).status())
                .isEqualTo(200);
    }

    @Test
    void aSourceReferenceRecordsAnAccidentOnce() {
        Map<String, Object> a = accident("2026-02-01T08:00:00+08:00", "2026-02-01T08:20:00+08:00", "ROAD_TRANSPORT", 1);
        a.put("sourceRef", "road-" + UUID.randomUUID());
        Answer first = post("/api/v1/accidents", a);
        Answer again = post("/api/v1/accidents", a);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
    }

    @Test
    void theIndicatorsCountTheYearsAccidentsAndUseTheEnteredInputs() {
        Answer inputs = put("/api/v1/indicators/inputs/" + INPUT_YEAR, Map.of("gdp100mCny", 1000, "industryTradeWorkers",
                200000));
        assertThat(inputs.status()).as(inputs.toString()).isEqualTo(200);
        var before = byIndicator(http.get("/api/v1/indicators?year=" + YEAR));

        post("/api/v1/accidents", accident(YEAR + "-03-01T08:00:00+08:00", YEAR + "-03-01T08:10:00+08:00",
                "CONSTRUCTION", 2));
        post("/api/v1/accidents", accident(YEAR + "-04-01T08:00:00+08:00", YEAR + "-04-01T08:10:00+08:00",
                "ROAD_TRANSPORT", 1));
        var after = byIndicator(http.get("/api/v1/indicators?year=" + YEAR));

        assertThat(after).hasSize(6);
        assertThat(after.get("ACCIDENTS").path("value").asDouble())
                .isEqualTo(before.get("ACCIDENTS").path("value").asDouble() + 2);
        assertThat(after.get("DEATHS").path("value").asDouble()).isEqualTo(before.get("DEATHS").path("value").asDouble()
                + 3);
        assertThat(after.get("CONSTRUCTION_DEATHS").path("value").asDouble())
                .isEqualTo(before.get("CONSTRUCTION_DEATHS").path("value").asDouble() + 2);
        var future = byIndicator(http.get("/api/v1/indicators?year=" + INPUT_YEAR));
        assertThat(future.get("DEATHS_PER_100M_GDP").path("value").asDouble())
                .isEqualTo(future.get("DEATHS").path("value").asDouble() / 1000);
        assertThat(http.get("/api/v1/indicators/inputs").body()).contains("\"year\":" + INPUT_YEAR);
        assertThat(after.get("ACCIDENTS").path("binding").asBoolean()).isTrue();
        assertThat(after.get("ROAD_TRANSPORT_DEATHS").path("binding").asBoolean()).isFalse();
        assertThat(after.get("ACCIDENTS").path("expectedReductionPercent").asDouble()).isEqualTo(6.0);

        assertThat(http.get("/api/v1/indicators?year=2020").invalidFields()).containsExactly("year");
        assertThat(put("/api/v1/indicators/inputs/" + INPUT_YEAR, Map.of("gdp100mCny", 0, "industryTradeWorkers", 1))
                .invalidFields()).containsExactly("gdp100mCny");
    }

    static Map<String, tools.jackson.databind.JsonNode> byIndicator(Answer answer) {
        Map<String, tools.jackson.databind.JsonNode> map = new HashMap<>();
        answer.json().forEach(i -> map.put(i.path("indicator").asString(), i));
        return map;
    }
}
