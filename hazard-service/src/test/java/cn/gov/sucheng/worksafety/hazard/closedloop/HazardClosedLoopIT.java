package cn.gov.sucheng.worksafety.hazard.closedloop;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.hazard.RegistryBackedIT;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The closed loop of a hazard over REST against a real PostgreSQL: actions, history, refusals, lists, imports. */
class HazardClosedLoopIT extends RegistryBackedIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    JdbcClient jdbc;

    Map<String, Object> report(UUID enterprise, String grade) {
        return new HashMap<>(Map.of("enterpriseId", enterprise.toString(), "place", "二号储罐区", "description",
                "储罐区可燃气体报警器失效", "grade", grade, "source", "GRID_WORKER", "reportedBy", "网格员 17",
                "attachments", List.of("https://files.example/p1.jpg")));
    }

    Answer reported(UUID enterprise, String grade) {
        Answer created = post("/api/v1/hazards", report(enterprise, grade));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    static Map<String, Object> confirm(long version, String deadline) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version, "grade", "GENERAL", "handling", "BY_DEADLINE",
                "assignee", "张主任", "actor", "李科员", "reason", "现场核实"));
        if (deadline != null) {
            body.put("deadline", deadline);
        }
        return body;
    }

    static Map<String, Object> action(long version, String reason, String... evidence) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version, "actor", "张主任", "evidence", List.of(evidence)));
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    @Test
    void aHazardGoesRoundTheClosedLoopAndItsHistorySaysWhoDidWhatWithWhichEvidence() {
        UUID enterprise = enterprise("宿迁市恒安化工有限公司", "耿车镇", IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        Answer created = reported(enterprise, "GENERAL");
        String path = created.header("Location");
        assertThat(created.json().path("town").asString()).isEqualTo("耿车镇");
        assertThat(created.json().path("industryArea").asString()).isEqualTo("HAZARDOUS_CHEMICALS");
        assertThat(created.json().path("allowedActions").toString()).contains("CONFIRM", "FIX_ON_THE_SPOT");

        Answer confirmed = post(path + "/confirm", confirm(0, TODAY.plusDays(7).toString()));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.header("ETag")).isEqualTo("\"1\"");

        Answer started = postIfMatch(path + "/start-rectification", "\"1\"", Map.of("actor", "张主任"));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(post(path + "/submit-fix", action(2, "已更换报警器", "https://files.example/fix-1.jpg")).status())
                .isEqualTo(200);
        Answer rejected = post(path + "/reject", Map.of("version", 3, "actor", "李科员", "reason", "照片不清晰"));
        assertThat(rejected.json().path("status").asString()).isEqualTo("RECTIFYING");
        assertThat(post(path + "/submit-fix", action(4, null, "https://files.example/fix-2.jpg")).status()).isEqualTo(200);
        Answer verified = post(path + "/verify", Map.of("version", 5, "actor", "李科员"));

        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(verified.json().path("closedAt").asString()).isNotBlank();
        Answer history = http.get(path + "/history");
        List<String> actions = new ArrayList<>();
        history.json().path("items").forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).containsExactly("REPORT", "CONFIRM", "START_RECTIFICATION", "SUBMIT_FIX", "REJECT",
                "SUBMIT_FIX", "VERIFY");
        var rejectEntry = history.json().path("items").get(4);
        assertThat(rejectEntry.path("actor").asString()).isEqualTo("李科员");
        assertThat(rejectEntry.path("reason").asString()).isEqualTo("照片不清晰");
        assertThat(rejectEntry.path("fromStatus").asString()).isEqualTo("AWAITING_VERIFICATION");
        assertThat(history.json().path("items").get(3).path("evidence").get(0).asString())
                .isEqualTo("https://files.example/fix-1.jpg");
        assertThat(history.json().path("items").get(0).path("evidence").get(0).asString())
                .isEqualTo("https://files.example/p1.jpg");
    }

    @Test
    void aGeneralHazardIsFixedOnTheSpotInOneStep() {
        UUID enterprise = enterprise("宿迁市宏达木业有限公司", "蔡集镇", IndustryArea.INDUSTRY_AREA_METALLURGY_INDUSTRY_TRADE);
        String path = reported(enterprise, "GENERAL").header("Location");

        Answer noEvidence = post(path + "/fix-on-the-spot", action(0, null));
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.invalidFields()).containsExactly("evidence");

        Answer fixed = post(path + "/fix-on-the-spot", action(0, "当场清理", "https://files.example/clear.jpg"));
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(fixed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(fixed.json().path("handling").asString()).isEqualTo("ON_THE_SPOT");
    }

    @Test
    void anIllegalTransitionAnswers409NamingTheStateAndTheAllowedActionsAndChangesNothing() {
        UUID enterprise = enterprise("宿迁市金鼎化工有限公司", "耿车镇", IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        String path = reported(enterprise, "MAJOR").header("Location");

        Answer refused = post(path + "/verify", Map.of("version", 0, "actor", "李科员"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("currentState").asString()).isEqualTo("REPORTED");
        assertThat(refused.json().path("allowedActions").toString()).isEqualTo("[\"CONFIRM\"]");
        Answer onTheSpot = post(path + "/fix-on-the-spot", action(0, null, "x.jpg"));
        assertThat(onTheSpot.status()).isEqualTo(409);
        Answer read = http.get(path);
        assertThat(read.json().path("version").asLong()).isZero();
        assertThat(http.get(path + "/history").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void everyActionCarriesTheVersion() {
        UUID enterprise = enterprise("宿迁市瑞丰物流有限公司", "洋北镇", IndustryArea.INDUSTRY_AREA_ROAD_TRANSPORT);
        String path = reported(enterprise, "GENERAL").header("Location");
        Map<String, Object> noVersion = confirm(0, TODAY.plusDays(3).toString());
        noVersion.remove("version");

        Answer missing = post(path + "/confirm", noVersion);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.invalidFields()).containsExactly("version");
        assertThat(postIfMatch(path + "/confirm", "\"7\"", noVersion).status()).isEqualTo(412);
        assertThat(post(path + "/confirm", confirm(7, TODAY.plusDays(3).toString())).status()).isEqualTo(409);
        assertThat(http.get(path).json().path("status").asString()).isEqualTo("REPORTED");
    }

    @Test
    void ofConcurrentTransitionsOnOneHazardExactlyOneWinsAndTheOthersGet409() throws Exception {
        UUID enterprise = enterprise("宿迁市华宇建设工程有限公司", "龙河镇", IndustryArea.INDUSTRY_AREA_CONSTRUCTION);
        String path = reported(enterprise, "GENERAL").header("Location");
        CountDownLatch go = new CountDownLatch(1);

        List<CompletableFuture<Answer>> calls = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return i % 2 == 0 ? post(path + "/confirm", confirm(0, TODAY.plusDays(5).toString()))
                    : post(path + "/fix-on-the-spot", action(0, null, "spot.jpg"));
        })).toList();
        go.countDown();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(Answer::status).toList();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        assertThat(http.get(path).json().path("version").asLong()).isEqualTo(1);
        assertThat(http.get(path + "/history").json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void refusesBadInputNamingTheFieldAndAnUnknownEnterpriseWith422() {
        UUID enterprise = enterprise("宿迁市永泰燃气有限公司", "中扬镇", IndustryArea.INDUSTRY_AREA_TOWN_GAS);
        long before = jdbc.sql("SELECT count(*) FROM hazard").query(Long.class).single();
        Map<String, Object> past = report(enterprise, "GENERAL");
        past.put("deadline", TODAY.minusDays(1).toString());
        Answer pastDeadline = post("/api/v1/hazards", past);
        assertThat(pastDeadline.status()).isEqualTo(400);
        assertThat(pastDeadline.invalidFields()).containsExactly("deadline");

        Map<String, Object> badHandling = report(enterprise, "GENERAL");
        badHandling.put("handling", "SOMEDAY");
        assertThat(post("/api/v1/hazards", badHandling).invalidFields()).containsExactly("handling");

        Answer unknown = post("/api/v1/hazards", report(UUID.randomUUID(), "GENERAL"));
        assertThat(unknown.status()).isEqualTo(422);
        String path = reported(enterprise, "GENERAL").header("Location");
        Answer confirmPast = post(path + "/confirm", confirm(0, TODAY.minusDays(2).toString()));
        assertThat(confirmPast.status()).isEqualTo(400);
        assertThat(confirmPast.invalidFields()).containsExactly("deadline");
        assertThat(jdbc.sql("SELECT count(*) FROM hazard").query(Long.class).single()).isEqualTo(before + 1);
        assertThat(http.get("/api/v1/hazards/" + UUID.randomUUID()).status()).isEqualTo(404);
        // A filter value that names no industry area of the plan is refused, not answered with an empty page.
        Answer badArea = http.get("/api/v1/hazards?industryArea=INDUSTRY_AREA_TOWN_GAS");
        assertThat(badArea.status()).isEqualTo(400);
        assertThat(badArea.invalidFields()).containsExactly("industryArea");
        assertThat(badArea.body()).contains("TOWN_GAS");
    }

    @Test
    void listsByCombinedFiltersNewestFoundFirst() {
        String town = uniqueTown();
        UUID a = enterprise("宿迁市甲企业", town, IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        UUID b = enterprise("宿迁市乙企业", town, IndustryArea.INDUSTRY_AREA_FIRE_SAFETY);
        // Noon in the district, so that each day of foundFrom/foundTo (district days) holds exactly one report.
        OffsetDateTime base = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusDays(10).withHour(12);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> r = report(a, i == 0 ? "MAJOR" : "GENERAL");
            r.put("foundAt", base.plusDays(i).toString());
            reported(a, "GENERAL");
            post("/api/v1/hazards", r);
        }
        Map<String, Object> r = report(b, "GENERAL");
        r.put("source", "PUBLIC_TIP");
        post("/api/v1/hazards", r);

        Answer all = http.get("/api/v1/hazards?town=" + town + "&size=50");
        assertThat(all.json().path("total").asLong()).isEqualTo(7);
        assertThat(all.json().path("totalCapped").asBoolean()).isFalse();
        Answer general = http.get("/api/v1/hazards?town=" + town + "&industryArea=HAZARDOUS_CHEMICALS&grade=GENERAL"
                + "&foundFrom=" + base.toLocalDate().plusDays(1) + "&foundTo=" + base.toLocalDate().plusDays(2));
        assertThat(general.json().path("total").asLong()).isEqualTo(2);
        List<String> found = new ArrayList<>();
        general.json().path("items").forEach(h -> found.add(h.path("foundAt").asString()));
        assertThat(OffsetDateTime.parse(found.get(0))).isAfter(OffsetDateTime.parse(found.get(1)));
        assertThat(http.get("/api/v1/hazards?town=" + town + "&source=PUBLIC_TIP").json().path("total").asLong())
                .isEqualTo(1);
        assertThat(http.get("/api/v1/hazards?enterpriseId=" + b + "&status=REPORTED").json().path("total").asLong())
                .isEqualTo(1);
        assertThat(http.get("/api/v1/hazards?town=" + town + "&overdue=true").json().path("total").asLong()).isZero();
        Answer tooDeep = http.get("/api/v1/hazards?page=100&size=200");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.invalidFields()).containsExactly("page");
    }

    Map<String, Object> imported(String ref, UUID enterprise, String status, OffsetDateTime foundAt) {
        Map<String, Object> h = new HashMap<>(Map.of("sourceRef", ref, "enterpriseId", enterprise.toString(),
                "description", "配电箱未接地", "grade", "GENERAL", "source", "SELF_INSPECTION", "handling", "BY_DEADLINE",
                "deadline", foundAt.toLocalDate().plusDays(15).toString(), "foundAt", foundAt.toString(), "status",
                status));
        if (status.equals("CLOSED")) {
            h.put("closedAt", foundAt.plusDays(10).toString());
        }
        return h;
    }

    @Test
    void importsAllOrNothingAndOnceAndCountsThemInTheStatistics() {
        String town = uniqueTown();
        UUID enterprise = enterprise("宿迁市丙企业", town, IndustryArea.INDUSTRY_AREA_OTHER);
        String prefix = UUID.randomUUID().toString();
        OffsetDateTime found = OffsetDateTime.parse("2019-05-06T10:00:00+08:00");
        List<Map<String, Object>> records = List.of(imported(prefix + "-1", enterprise, "CLOSED", found),
                imported(prefix + "-2", enterprise, "CLOSED", found.plusMonths(1)),
                imported(prefix + "-3", enterprise, "REPORTED", found.plusMonths(5)));

        Map<String, Object> openWithClosedAt = imported(prefix + "-x", enterprise, "RECTIFYING", found);
        openWithClosedAt.put("closedAt", found.plusDays(1).toString());
        Answer badRecord = post("/api/v1/hazards/imports", Map.of("actor", "区网格化治理平台", "hazards",
                List.of(records.get(0), openWithClosedAt)));
        assertThat(badRecord.status()).isEqualTo(400);
        assertThat(badRecord.invalidFields()).containsExactly("hazards[1].closedAt");
        Answer unknown = post("/api/v1/hazards/imports", Map.of("actor", "平台", "hazards",
                List.of(records.get(0), imported(prefix + "-y", UUID.randomUUID(), "CLOSED", found))));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(http.get("/api/v1/hazards?town=" + town).json().path("total").asLong()).isZero();

        Answer first = post("/api/v1/hazards/imports", Map.of("actor", "区网格化治理平台", "hazards", records));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("added").asInt()).isEqualTo(3);
        Answer again = post("/api/v1/hazards/imports", Map.of("actor", "区网格化治理平台", "hazards", records));
        assertThat(again.json().path("added").asInt()).isZero();
        assertThat(http.get("/api/v1/hazards?town=" + town).json().path("total").asLong()).isEqualTo(3);

        Answer stats = http.get("/api/v1/hazards/statistics?by=TOWN&year=2019");
        var row = findByKey(stats, town);
        assertThat(row.path("found").asLong()).isEqualTo(3);
        assertThat(row.path("fixed").asLong()).isEqualTo(2);
        assertThat(row.path("fixRate").asDouble()).isEqualTo(0.6667);
        Answer q2 = http.get("/api/v1/hazards/statistics?by=ENTERPRISE&year=2019&quarter=2&enterpriseId=" + enterprise);
        assertThat(q2.json().get(0).path("found").asLong()).isEqualTo(2);
        assertThat(q2.json().get(0).path("name").asString()).isEqualTo("宿迁市丙企业");
        assertThat(http.get("/api/v1/hazards/statistics?year=2019&quarter=5").invalidFields()).containsExactly("quarter");
    }

    static tools.jackson.databind.JsonNode findByKey(Answer answer, String key) {
        for (var row : answer.json()) {
            if (row.path("key").asString().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + answer.body());
    }
}
