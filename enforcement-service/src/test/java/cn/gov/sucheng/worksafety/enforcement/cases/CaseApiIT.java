package cn.gov.sucheng.worksafety.enforcement.cases;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.sucheng.worksafety.enforcement.FakeSiblings;
import cn.gov.sucheng.worksafety.enforcement.ServiceIT;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeRequest;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Cases through the REST API against the real PostgreSQL; credit outcomes reach a real gRPC registry. */
@ServiceIT
class CaseApiIT {

    @DynamicPropertySource
    static void siblings(DynamicPropertyRegistry registry) {
        FakeSiblings.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonHttp http;
    UUID enterprise;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        enterprise = FakeSiblings.INSTANCE.enterprise("宿迁市宿城区金源五金制品有限公司", "洋北镇",
                IndustryArea.INDUSTRY_AREA_METALLURGY_INDUSTRY_TRADE);
    }

    Answer file(UUID enterpriseId, String violationType, boolean major) {
        return http.post("/api/v1/cases", JsonHttp.json(Map.of("enterpriseId", enterpriseId.toString(),
                "violationType", violationType, "major", major, "summary", "特种作业人员无证上岗从事电焊作业",
                "actor", "区应急管理局 李明")));
    }

    String filed(boolean major) {
        Answer answer = file(enterprise, "UNTRAINED_SPECIAL_OPERATORS", major);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    Answer act(String id, String action, Map<String, Object> body) {
        Map<String, Object> withActor = new HashMap<>(body);
        withActor.put("actor", "区应急管理局 李明");
        return http.post("/api/v1/cases/" + id + "/" + action, JsonHttp.json(withActor));
    }

    Answer act(String id, String action) {
        return act(id, action, Map.of());
    }

    @Test
    void anOrdinaryCaseRunsToClosingWithNumberedDocumentsOnTheTrail() {
        String id = filed(false);
        assertThat(http.get("/api/v1/cases/" + id).json().path("deadline").asString())
                .isEqualTo(LocalDate.parse(http.get("/api/v1/cases/" + id).json().path("filedOn").asString()).plusDays(30).toString());

        assertThat(act(id, "investigate").json().path("state").asString()).isEqualTo("INVESTIGATED");
        Answer notified = act(id, "notify", Map.of("note", "当事人放弃陈述申辩"));
        assertThat(notified.json().path("documents").get(0).path("number").asString()).matches("宿城应急告〔\\d{4}〕\\d+号");
        Answer decided = act(id, "decide", Map.of("fine", 45000));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().path("fine").decimalValue()).isEqualByComparingTo("45000");
        assertThat(decided.json().path("documents").get(1).path("number").asString()).matches("宿城应急罚〔\\d{4}〕\\d+号");
        act(id, "execute");
        Answer closed = act(id, "close");
        assertThat(closed.json().path("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("allowedActions")).isEmpty();

        List<String> actions = new ArrayList<>();
        http.get("/api/v1/cases/" + id + "/trail").json().forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).containsExactly("FILED", "INVESTIGATE", "NOTIFY", "DECIDE", "EXECUTE", "CLOSE");
    }

    @Test
    void documentNumbersFollowEachOtherPerKindAndYear() {
        String first = filed(false);
        String second = filed(false);
        act(first, "investigate");
        act(second, "investigate");
        String a = act(first, "notify").json().path("documents").get(0).path("number").asString();
        String b = act(second, "notify").json().path("documents").get(0).path("number").asString();

        int serialA = Integer.parseInt(a.replaceAll(".*〕(\\d+)号", "$1"));
        int serialB = Integer.parseInt(b.replaceAll(".*〕(\\d+)号", "$1"));
        assertThat(serialB).isEqualTo(serialA + 1);
    }

    @Test
    void anIllegalActionAnswers409NamingTheStateAndTheAllowedActions() {
        String id = filed(true);
        act(id, "investigate");
        act(id, "notify");

        Answer refused = act(id, "decide", Map.of("fine", 45000));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("currentState").asString()).isEqualTo("NOTIFIED");
        assertThat(refused.json().path("allowedActions").toString()).contains("REVIEW").doesNotContain("DECIDE");
        assertThat(http.get("/api/v1/cases/" + id).json().path("state").asString()).isEqualTo("NOTIFIED");
    }

    @Test
    void ofTwoConcurrentActionsOnOneVersionExactlyOneWins() throws Exception {
        String id = filed(false);
        String etag = http.get("/api/v1/cases/" + id).header("ETag");
        Callable<Integer> investigate = () -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/cases/" + id + "/investigate")).header("Content-Type", "application/json")
                .header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString(JsonHttp.json(Map.of("actor", "李明"))))).status();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = pool.submit(investigate);
            Future<Integer> two = pool.submit(investigate);
            assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(200, 412);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(http.get("/api/v1/cases/" + id).json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aDecidedSuspensionReachesTheRegistryOnce() {
        String id = filed(false);
        act(id, "investigate");
        act(id, "notify");
        LocalDate start = LocalDate.now().plusDays(1);
        Answer decided = act(id, "decide", Map.of("fine", 30000, "creditOutcome",
                Map.of("kind", "SUSPENSION_ORDER", "startDate", start.toString(), "endDate", start.plusMonths(3).toString())));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

        String outcomeId = id + ":SUSPENSION_ORDER";
        await("outcome delivered").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(() -> FakeSiblings.INSTANCE.outcomes.containsKey(outcomeId));
        RecordCreditOutcomeRequest sent = FakeSiblings.INSTANCE.outcomes.get(outcomeId);
        assertThat(sent.getEnterpriseId()).isEqualTo(enterprise.toString());
        assertThat(sent.getKind().name()).isEqualTo("CREDIT_EVENT_KIND_SUSPENSION_ORDER");
        assertThat(sent.getEndDate()).isEqualTo(start.plusMonths(3).toString());
        assertThat(sent.getSourceCase()).matches("宿城应急罚〔\\d{4}〕\\d+号");
    }

    @Test
    void refusesASuspensionWithoutAnEndDateNamingTheField() {
        String id = filed(false);
        act(id, "investigate");
        act(id, "notify");
        Answer refused = act(id, "decide", Map.of("creditOutcome", Map.of("kind", "SUSPENSION_ORDER",
                "startDate", LocalDate.now().toString())));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactly("creditOutcome.endDate");
        assertThat(http.get("/api/v1/cases/" + id).json().path("state").asString()).isEqualTo("NOTIFIED");
    }

    @Test
    void refusesAnUnknownEnterpriseWith422AndAnUnknownViolationTypeWith400() {
        assertThat(file(UUID.randomUUID(), "UNTRAINED_SPECIAL_OPERATORS", false).status()).isEqualTo(422);
        Answer unknownType = file(enterprise, "NO_SUCH_VIOLATION", false);
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.invalidFields()).containsExactly("violationType");
    }

    @Test
    void listsOpenCasesCloseToTheirTimeLimit() {
        String near = filed(false);
        String far = filed(false);
        // As if three weeks and more had passed since filing.
        jdbc.sql("UPDATE enforcement_case SET deadline = current_date + 3 WHERE id = ?::uuid").param(near).update();

        List<String> ids = new ArrayList<>();
        http.get("/api/v1/cases?nearLimit=true&enterpriseId=" + enterprise).json().path("items")
                .forEach(c -> ids.add(c.path("id").asString()));
        assertThat(ids).contains(near).doesNotContain(far);
    }

    @Test
    void calculatesTheFineWithAnExplanation() {
        String id = filed(false);
        Answer result = http.post("/api/v1/cases/" + id + "/fine-calculation", JsonHttp.json(Map.of("band", "GENERAL",
                "circumstances", List.of(Map.of("aggravating", true, "description", "一年内因同一违法行为受过处罚")))));

        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        JsonNode json = result.json();
        assertThat(json.path("fine").decimalValue()).isEqualByComparingTo("52500");
        assertThat(json.path("explanation").toString()).contains("一年内因同一违法行为受过处罚").contains("30000–60000");
        assertThat(http.get("/api/v1/discretion-baselines").json().toString()).contains("UNTRAINED_SPECIAL_OPERATORS");
    }

    @Test
    void aCaseRecordedAfterTheFactKeepsItsFilingDayAndItsTimeLimitRunsFromThere() {
        Map<String, Object> body = new HashMap<>(Map.of("enterpriseId", enterprise.toString(),
                "violationType", "NO_SAFETY_TRAINING", "major", false, "summary", "未按规定对从业人员进行安全生产教育和培训",
                "filedOn", "2022-06-15", "actor", "区应急管理局 李明"));
        Answer filed = http.post("/api/v1/cases", JsonHttp.json(body));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().path("filedOn").asString()).isEqualTo("2022-06-15");
        assertThat(filed.json().path("deadline").asString()).isEqualTo("2022-07-15");
        assertThat(filed.json().path("town").asString()).isEqualTo("洋北镇");
        String id = filed.json().path("id").asString();
        assertThat(http.get("/api/v1/cases/" + id).json().path("filedOn").asString()).isEqualTo("2022-06-15");
        assertThat(http.get("/api/v1/cases/" + id + "/trail").json().get(0).path("details").asString())
                .contains("\"filedOn\":\"2022-06-15\"");

        body.put("filedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString());
        Answer future = http.post("/api/v1/cases", JsonHttp.json(body));
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        assertThat(future.invalidFields()).containsExactly("filedOn");
    }

    @Test
    void theDocumentsOfACaseRecordedAfterTheFactCarryTheDayTheyWereIssuedAndThatYearsNumbers() {
        Answer filed = http.post("/api/v1/cases", JsonHttp.json(Map.of("enterpriseId", enterprise.toString(),
                "violationType", "NO_SAFETY_TRAINING", "major", false, "summary", "未按规定对从业人员进行安全生产教育和培训",
                "filedOn", "2021-12-20", "actor", "区应急管理局 李明")));
        String id = filed.json().path("id").asString();
        act(id, "investigate", Map.of("on", "2021-12-24"));

        Answer early = act(id, "notify", Map.of("on", "2021-12-19"));
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        assertThat(early.invalidFields()).containsExactly("on");
        Answer future = act(id, "notify", Map.of("on", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString()));
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        assertThat(future.invalidFields()).containsExactly("on");
        assertThat(http.get("/api/v1/cases/" + id).json().path("state").asString()).isEqualTo("INVESTIGATED");

        Answer notified = act(id, "notify", Map.of("on", "2021-12-30"));
        JsonNode notice = notified.json().path("documents").get(0);
        assertThat(notice.path("number").asString()).matches("宿城应急告〔2021〕\\d+号");
        assertThat(notice.path("issuedOn").asString()).isEqualTo("2021-12-30");
        Answer decided = act(id, "decide", Map.of("fine", 20000, "on", "2022-01-10"));
        JsonNode decision = decided.json().path("documents").get(1);
        assertThat(decision.path("number").asString()).matches("宿城应急罚〔2022〕\\d+号");
        assertThat(decision.path("issuedOn").asString()).isEqualTo("2022-01-10");
        assertThat(http.get("/api/v1/cases/" + id + "/trail").json().get(3).path("details").asString())
                .contains("\"on\":\"2022-01-10\"");
    }
}
