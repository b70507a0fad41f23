package cn.gov.sucheng.worksafety.hazard;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardRectification;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A town-level caller (its token names a town) sees its own town's hazards, their history, counts and statistics,
 * supervisions, tips, risk reports and accidents, and never another town's: a read of another town's record is
 * 404, as if it were not there, and lists and figures leave other towns out. Two fresh towns, each with one of
 * everything, recorded by a district-level caller (the default token), which sees both. It records in its own town
 * only, never gets another town's record back for a source reference, and cannot enter the district's plan inputs.
 */
class TownScopeIT extends RegistryBackedIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    HazardRectification rectification;

    /** One of each record in a town, as a district-level caller recorded it. */
    record Town(String name, UUID enterprise, String hazard, String supervision, String tip, String riskReport,
            String accident) {
    }

    @Test
    void aTownCallerSeesItsOwnTownsRecordsOnly() {
        Town mine = recordEverythingIn(uniqueTown());
        Town other = recordEverythingIn(uniqueTown());
        Map<String, Object> townless = accident(null);
        townless.put("town", other.name());
        Answer inOtherTown = post("/api/v1/accidents", townless);
        assertThat(inOtherTown.status()).as(inOtherTown.toString()).isEqualTo(201);
        JsonHttp town = http.withToken(TestTokens.forTown(mine.name(), "hazard:read", "hazard:write"));

        // Reads by id: its own town's answer, another town's are not there.
        for (String path : List.of("/api/v1/hazards/" + mine.hazard(), "/api/v1/hazards/" + mine.hazard() + "/history",
                "/api/v1/hazards/supervisions/" + mine.supervision(), "/api/v1/hazards/tips/" + mine.tip(),
                "/api/v1/risk-reports/" + mine.riskReport(), "/api/v1/accidents/" + mine.accident())) {
            assertThat(town.get(path).status()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/api/v1/hazards/" + other.hazard(),
                "/api/v1/hazards/" + other.hazard() + "/history",
                "/api/v1/hazards/supervisions/" + other.supervision(),
                "/api/v1/hazards/supervisions/" + other.supervision() + "/history",
                "/api/v1/hazards/tips/" + other.tip(), "/api/v1/risk-reports/" + other.riskReport(),
                "/api/v1/accidents/" + other.accident(), inOtherTown.header("Location"))) {
            Answer hidden = town.get(path);
            assertThat(hidden.status()).as(path + " " + hidden).isEqualTo(404);
            assertThat(http.get(path).status()).as("district: " + path).isEqualTo(200);
        }

        // Lists: filtered to the caller's town, whatever the filters ask. Each town has two hazards: the one
        // imported and the one its tip became.
        assertThat(total(town, "/api/v1/hazards?enterpriseId=" + mine.enterprise())).isEqualTo(2);
        assertThat(total(town, "/api/v1/hazards?enterpriseId=" + other.enterprise())).isZero();
        assertThat(total(http, "/api/v1/hazards?enterpriseId=" + other.enterprise())).isEqualTo(2);
        assertThat(total(town, "/api/v1/hazards?town=" + other.name())).isZero();
        assertThat(total(town, "/api/v1/hazards?town=" + mine.name())).isEqualTo(2);
        assertThat(towns(town.get("/api/v1/hazards?size=100").json().path("items"))).containsOnly(mine.name());
        assertThat(ids(town.get("/api/v1/hazards/supervisions?size=100").json().path("items")))
                .containsExactly(mine.supervision());
        assertThat(ids(town.get("/api/v1/hazards/tips?size=100").json().path("items"))).containsExactly(mine.tip());
        assertThat(ids(town.get("/api/v1/risk-reports?size=100").json().path("items")))
                .containsExactly(mine.riskReport());
        assertThat(ids(town.get("/api/v1/accidents?size=100").json().path("items"))).containsExactly(mine.accident());
        assertThat(town.get("/api/v1/accidents/" + mine.accident()).json().path("town").asString())
                .isEqualTo(mine.name());

        // Counts and statistics: the caller's town alone; the district sees both towns.
        int year = LocalDate.now(ZONE).getYear();
        for (String path : List.of("/api/v1/hazards/overdue-counts?by=TOWN",
                "/api/v1/hazards/statistics?by=TOWN&year=" + year)) {
            assertThat(keys(town.get(path).json())).as(path).containsExactly(mine.name());
            assertThat(keys(http.get(path).json())).as(path).contains(mine.name(), other.name());
        }

        // Actions on another town's records are refused as on records that are not there, and change nothing.
        long otherVersion = http.get("/api/v1/hazards/" + other.hazard()).json().path("version").asLong();
        Answer start = town.post("/api/v1/hazards/" + other.hazard() + "/start-rectification",
                JsonHttp.json(Map.of("version", otherVersion, "actor", "镇安监员")));
        assertThat(start.status()).as(start.toString()).isEqualTo(404);
        JsonNode untouched = http.get("/api/v1/hazards/" + other.hazard()).json();
        assertThat(untouched.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(untouched.path("version").asLong()).isEqualTo(otherVersion);
        assertThat(town.post("/api/v1/hazards", JsonHttp.json(Map.of("enterpriseId", other.enterprise().toString(),
                "description", "他镇企业的隐患", "grade", "GENERAL", "source", "GRID_WORKER"))).status()).isEqualTo(422);
        // Nor can it import hazards, file risk reports or record accidents against another town's enterprise.
        Answer importForOther = town.post("/api/v1/hazards/imports", JsonHttp.json(Map.of("actor", "镇安监员", "hazards",
                List.of(Map.of("sourceRef", "town-scope-" + UUID.randomUUID(), "enterpriseId", other.enterprise().toString(),
                        "description", "他镇企业的隐患", "grade", "GENERAL", "source", "GRID_WORKER", "handling",
                        "ON_THE_SPOT", "foundAt", OffsetDateTime.now(ZONE).minusHours(1).toString(), "status",
                        "REPORTED")))));
        assertThat(importForOther.status()).as(importForOther.toString()).isEqualTo(422);
        assertThat(total(http, "/api/v1/hazards?enterpriseId=" + other.enterprise())).isEqualTo(2);
        Answer riskForOther = town.post("/api/v1/risk-reports", JsonHttp.json(Map.of("enterpriseId",
                other.enterprise().toString(), "riskObject", "液氨储罐区", "riskUnit", "2号液氨储罐", "riskEvent", "液氨泄漏",
                "level", "RED", "controlMeasures", List.of("可燃气体报警联锁"), "checkTasks",
                List.of(Map.of("description", "巡检报警器", "cycleUnit", "DAYS", "cycleLength", 1)))));
        assertThat(riskForOther.status()).as(riskForOther.toString()).isEqualTo(422);
        Answer accidentForOther = town.post("/api/v1/accidents", JsonHttp.json(accident(other.enterprise())));
        assertThat(accidentForOther.status()).as(accidentForOther.toString()).isEqualTo(422);
        assertThat(total(http, "/api/v1/risk-reports?enterpriseId=" + other.enterprise())).isEqualTo(1);
        assertThat(total(http, "/api/v1/accidents?enterpriseId=" + other.enterprise())).isEqualTo(1);
        long ownVersion = town.get("/api/v1/hazards/" + mine.hazard()).json().path("version").asLong();
        Answer own = town.post("/api/v1/hazards/" + mine.hazard() + "/start-rectification",
                JsonHttp.json(Map.of("version", ownVersion, "actor", "镇安监员")));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
    }

    @Test
    void aTownCallerNeverGetsAnotherTownsRecordBackForItsSourceRef() {
        String mine = uniqueTown();
        UUID ownEnterprise = enterprise("宿迁市" + mine + "化工有限公司", mine, IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        UUID otherEnterprise = enterprise("宿迁市他镇化工有限公司", uniqueTown(),
                IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        JsonHttp town = http.withToken(TestTokens.forTown(mine, "hazard:read", "hazard:write"));
        Map<String, Object> otherAccident = accident(otherEnterprise);
        otherAccident.put("sourceRef", "town-scope-" + UUID.randomUUID());
        assertThat(post("/api/v1/accidents", otherAccident).status()).isEqualTo(201);
        Map<String, Object> otherRisk = riskReport(otherEnterprise);
        otherRisk.put("sourceRef", "town-scope-" + UUID.randomUUID());
        assertThat(post("/api/v1/risk-reports", otherRisk).status()).isEqualTo(201);

        // The same sourceRef for its own enterprise, or for none: taken, and the other town's record stays unseen.
        Map<String, Object> accidentReplay = accident(ownEnterprise);
        accidentReplay.put("sourceRef", otherAccident.get("sourceRef"));
        Map<String, Object> townlessReplay = accident(null);
        townlessReplay.put("sourceRef", otherAccident.get("sourceRef"));
        Map<String, Object> riskReplay = riskReport(ownEnterprise);
        riskReplay.put("sourceRef", otherRisk.get("sourceRef"));
        for (Answer taken : List.of(town.post("/api/v1/accidents", JsonHttp.json(accidentReplay)),
                town.post("/api/v1/accidents", JsonHttp.json(townlessReplay)),
                town.post("/api/v1/risk-reports", JsonHttp.json(riskReplay)))) {
            assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
            assertThat(taken.contentType()).startsWith("application/problem+json");
            assertThat(taken.json().has("id")).isFalse();
            assertThat(taken.body()).doesNotContain(otherEnterprise.toString());
        }
        assertThat(total(http, "/api/v1/accidents?enterpriseId=" + ownEnterprise)).isZero();
        assertThat(total(http, "/api/v1/risk-reports?enterpriseId=" + ownEnterprise)).isZero();

        // Its own records replay as before; the district's caller replays any town's.
        Map<String, Object> ownRisk = riskReport(ownEnterprise);
        ownRisk.put("sourceRef", "town-scope-" + UUID.randomUUID());
        Answer filed = town.post("/api/v1/risk-reports", JsonHttp.json(ownRisk));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        Answer refiled = town.post("/api/v1/risk-reports", JsonHttp.json(ownRisk));
        assertThat(refiled.status()).isEqualTo(200);
        assertThat(refiled.json().path("id").asString()).isEqualTo(filed.json().path("id").asString());
        assertThat(post("/api/v1/accidents", otherAccident).status()).isEqualTo(200);
        assertThat(post("/api/v1/risk-reports", otherRisk).status()).isEqualTo(200);
    }

    @Test
    void aTownCallerRecordsAnAccidentWithoutEnterpriseInItsOwnTown() {
        String mine = uniqueTown();
        JsonHttp town = http.withToken(TestTokens.forTown(mine, "hazard:read", "hazard:write"));

        Answer inOwnTown = town.post("/api/v1/accidents", JsonHttp.json(accident(null)));
        assertThat(inOwnTown.status()).as(inOwnTown.toString()).isEqualTo(201);
        assertThat(inOwnTown.json().path("town").asString()).isEqualTo(mine);
        assertThat(town.get(inOwnTown.header("Location")).status()).isEqualTo(200);
        Map<String, Object> named = accident(null);
        named.put("town", mine);
        assertThat(town.post("/api/v1/accidents", JsonHttp.json(named)).status()).isEqualTo(201);

        String other = uniqueTown();
        Map<String, Object> elsewhere = accident(null);
        elsewhere.put("town", other);
        Answer refused = town.post("/api/v1/accidents", JsonHttp.json(elsewhere));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactly("town");
        assertThat(total(http.withToken(TestTokens.forTown(other, "hazard:read")), "/api/v1/accidents")).isZero();
        // An enterprise of another town is as unknown as one not registered, whatever town the body names.
        Map<String, Object> otherEnterprise = accident(enterprise("宿迁市他镇建材有限公司", other,
                IndustryArea.INDUSTRY_AREA_OTHER));
        otherEnterprise.put("town", mine);
        assertThat(town.post("/api/v1/accidents", JsonHttp.json(otherEnterprise)).status()).isEqualTo(422);
        // The district's caller records in any town.
        Answer byDistrict = post("/api/v1/accidents", elsewhere);
        assertThat(byDistrict.status()).as(byDistrict.toString()).isEqualTo(201);
        assertThat(byDistrict.json().path("town").asString()).isEqualTo(other);
    }

    @Test
    void aTownCallerCannotEnterThePlansInputs() {
        JsonHttp town = http.withToken(TestTokens.forTown(uniqueTown(), "hazard:read", "hazard:write"));
        // A year no test enters.
        Answer refused = town.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/indicators/inputs/2098")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JsonHttp.json(Map.of("gdp100mCny", 1,
                        "industryTradeWorkers", 1)))));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asString()).contains("entered by the district");
        assertThat(http.get("/api/v1/indicators/inputs").body()).doesNotContain("\"year\":2098");
        assertThat(town.get("/api/v1/indicators/inputs").status()).isEqualTo(200);
    }

    /** A confirmed major hazard past its deadline (escalated), listed for supervision; a tip, a risk, an accident. */
    private Town recordEverythingIn(String town) {
        UUID enterprise = enterprise("宿迁市" + town + "化工有限公司", town, IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        Answer imported = post("/api/v1/hazards/imports", Map.of("actor", "测试", "hazards", List.of(Map.of(
                "sourceRef", "town-scope-" + UUID.randomUUID(), "enterpriseId", enterprise.toString(),
                "description", "液氨储罐区未设置紧急切断装置", "grade", "MAJOR", "source", "GRID_WORKER", "handling",
                "BY_DEADLINE", "deadline", LocalDate.now(ZONE).minusDays(1).toString(), "foundAt",
                OffsetDateTime.now(ZONE).minusHours(1).toString(), "status", "CONFIRMED"))));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        rectification.escalateOverdue();
        String hazard = http.get("/api/v1/hazards?enterpriseId=" + enterprise).json().path("items").get(0).path("id")
                .asString();

        Map<String, Object> plan = new HashMap<>(Map.of("supervisingBody", "区安委办", "goal", "加装紧急切断装置",
                "method", "停用储罐，委托有资质单位施工", "fundsCny", 260000, "organisation", "企业主要负责人牵头",
                "deadline", LocalDate.now(ZONE).plusDays(45).toString(), "safetyMeasures", "停止装卸作业，设置警戒区",
                "emergencyPlan", "液氨泄漏专项应急预案", "actor", "王科长"));
        plan.put("version", http.get("/api/v1/hazards/" + hazard).json().path("version").asLong());
        Answer listed = post("/api/v1/hazards/" + hazard + "/supervision", plan);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);

        Answer tip = post("/api/v1/hazards/tips", Map.of("enterpriseId", enterprise.toString(), "description",
                "消防通道被杂物堵塞", "anonymous", true));
        assertThat(tip.status()).as(tip.toString()).isEqualTo(201);

        Answer risk = post("/api/v1/risk-reports", Map.of("enterpriseId", enterprise.toString(), "riskObject",
                "液氨储罐区", "riskUnit", "1号液氨储罐", "riskEvent", "液氨泄漏导致中毒和爆炸", "level", "RED",
                "controlMeasures", List.of("可燃气体报警联锁"), "checkTasks",
                List.of(Map.of("description", "巡检报警器", "cycleUnit", "DAYS", "cycleLength", 1))));
        assertThat(risk.status()).as(risk.toString()).isEqualTo(201);

        Answer accident = post("/api/v1/accidents", accident(enterprise));
        assertThat(accident.status()).as(accident.toString()).isEqualTo(201);
        return new Town(town, enterprise, hazard, listed.json().path("id").asString(),
                tip.json().path("id").asString(), risk.json().path("id").asString(),
                accident.json().path("id").asString());
    }

    private static Map<String, Object> riskReport(UUID enterprise) {
        return new HashMap<>(Map.of("enterpriseId", enterprise.toString(), "riskObject", "液氨储罐区", "riskUnit",
                "1号液氨储罐", "riskEvent", "液氨泄漏导致中毒和爆炸", "level", "RED", "controlMeasures",
                List.of("可燃气体报警联锁"), "checkTasks",
                List.of(Map.of("description", "巡检报警器", "cycleUnit", "DAYS", "cycleLength", 1))));
    }

    private static Map<String, Object> accident(UUID enterprise) {
        OffsetDateTime at = OffsetDateTime.now(ZONE).minusHours(2);
        Map<String, Object> a = new HashMap<>(Map.of("kind", "NEAR_MISS", "occurredAt", at.toString(), "reportedAt",
                at.plusMinutes(10).toString(), "industryArea", "HAZARDOUS_CHEMICALS", "place", "储罐区",
                "description", "液氨微量泄漏，及时处置", "deaths", 0, "injuries", 0, "directLossCny", 0));
        if (enterprise != null) {
            a.put("enterpriseId", enterprise.toString());
        }
        return a;
    }

    private static long total(JsonHttp caller, String path) {
        Answer answer = caller.get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("total").asLong();
    }

    private static List<String> towns(JsonNode items) {
        return values(items, "town");
    }

    private static List<String> ids(JsonNode items) {
        return values(items, "id");
    }

    private static List<String> keys(JsonNode rows) {
        return values(rows, "key");
    }

    private static List<String> values(JsonNode nodes, String field) {
        List<String> values = new ArrayList<>();
        nodes.forEach(n -> values.add(n.path(field).asString()));
        return values;
    }
}
