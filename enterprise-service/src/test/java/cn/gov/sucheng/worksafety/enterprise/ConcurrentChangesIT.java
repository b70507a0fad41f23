package cn.gov.sucheng.worksafety.enterprise;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditOutcomeServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeResponse;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.Element;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The races the service handles, against a real PostgreSQL: requests released together from several threads,
 * judged by what a client sees. Lock waits may be long on a busy machine, so they are not cut at 5 s here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0",
        "worksafety.datasource.lock-timeout=120s" })
class ConcurrentChangesIT {

    @LocalServerPort
    int port;

    @LocalGrpcPort
    int grpcPort;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    JsonHttp http;
    String base;
    UUID enterprise;

    @BeforeEach
    void setUp() {
        base = "http://127.0.0.1:" + port;
        http = new JsonHttp(base);
        enterprise = TestEnterprises.register(http);
    }

    Answer send(String method, String path, String etag, Object body) {
        return http.send(Requests.withIfMatch(base, method, path, etag, body));
    }

    static List<Integer> statuses(List<Answer> answers) {
        return answers.stream().map(Answer::status).sorted().toList();
    }

    @Test
    void twoRevisionsOfAnEnterpriseFromTheSameVersionLoseNoUpdate() throws Exception {
        String path = "/api/v1/enterprises/" + enterprise;
        String etag = http.get(path).header("ETag");
        List<String> names = List.of("宿迁市恒安化工有限公司（甲）", "宿迁市恒安化工有限公司（乙）");
        List<Callable<Answer>> revisions = new ArrayList<>();
        for (String name : names) {
            revisions.add(() -> send("PUT", path, etag, Map.of("name", name, "town", "耿车镇",
                    "industryArea", "HAZARDOUS_CHEMICALS")));
        }

        List<Answer> answers = Requests.together(revisions);

        assertThat(statuses(answers)).containsExactly(200, 412);
        Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        Answer read = http.get(path);
        assertThat(read.json().path("name").asString()).isEqualTo(winner.json().path("name").asString());
        assertThat(read.header("ETag")).isEqualTo("\"1\"").isEqualTo(winner.header("ETag"));
    }

    @Test
    void twoLicenceActionsWithTheSameIfMatchApplyOnce() throws Exception {
        Map<String, Object> licence = new LinkedHashMap<>();
        licence.put("enterpriseId", enterprise.toString());
        licence.put("number", "(苏)WH安许证字[" + UUID.randomUUID() + "]");
        licence.put("scope", "危险化学品生产：硫酸(30万吨/年)");
        licence.put("issuingAuthority", "江苏省应急管理厅");
        licence.put("issuedOn", LocalDate.now().minusYears(1).toString());
        licence.put("actor", "王科长");
        Answer issued = http.post("/api/v1/licences", JsonHttp.json(licence));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String path = "/api/v1/licences/" + issued.json().path("id").asString();
        String etag = issued.header("ETag");
        Map<String, Object> why = Map.of("actor", "李队长", "reason", "重大事故隐患未按期整改");

        List<Answer> answers = Requests.together(List.of(
                () -> send("POST", path + "/suspend", etag, why),
                () -> send("POST", path + "/revoke", etag, why)));

        assertThat(statuses(answers)).containsExactly(200, 412);
        String won = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow()
                .json().path("state").asString();
        assertThat(http.get(path).json().path("state").asString()).isEqualTo(won);
        assertThat(http.get(path + "/events").json().path("total").asLong()).isEqualTo(2);
    }

    Map<String, Object> award(LocalDate awardedOn) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (Element element : Element.values()) {
            scores.put(element.name(), 90);
        }
        return Map.of("enterpriseId", enterprise.toString(), "grade", 2, "awardedOn", awardedOn.toString(),
                "awardingBody", "宿迁市应急管理局", "elementScores", scores);
    }

    @Test
    void twoConcurrentAwardsToOneEnterpriseLeaveOneGradingAndA409() throws Exception {
        List<Answer> answers;
        // Both awards must be under way at once: hold the enterprise row, which each award's insert has to
        // share (its foreign key), until both wait for it.
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT 1 FROM enterprise WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, enterprise);
                lock.executeQuery();
            }
            String sameAward = JsonHttp.json(award(LocalDate.now().minusDays(1)));
            List<Callable<Answer>> awards = List.of(
                    () -> http.post("/api/v1/standardization-gradings", sameAward),
                    () -> http.post("/api/v1/standardization-gradings", sameAward));
            CompletableFuture<List<Answer>> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return Requests.together(awards);
                }
                catch (Exception ex) {
                    throw new CompletionException(ex);
                }
            });
            await("both awards waiting").atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20)).until(this::waitingInserts, waiting -> waiting >= 2);
            holder.rollback();
            answers = running.get();
        }

        assertThat(statuses(answers)).containsExactly(201, 409);
        String winner = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow()
                .json().path("id").asString();
        Answer gradings = http.get("/api/v1/standardization-gradings?enterpriseId=" + enterprise);
        assertThat(gradings.json().path("total").asLong()).isEqualTo(1);
        assertThat(gradings.json().path("items").get(0).path("id").asString()).isEqualTo(winner);
    }

    // The readiness signal: PostgreSQL shows the award inserts waiting for a lock.
    private long waitingInserts() {
        return jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO standardization_grading %'""")
                .query(Long.class).single();
    }

    String recordedBlacklist() {
        Answer created = http.post("/api/v1/credit-events", JsonHttp.json(Map.of("enterpriseId", enterprise.toString(),
                "kind", "BLACKLIST", "reason", "未按规定整改重大事故隐患", "sourceCase", "宿城应急罚〔2024〕17号",
                "startDate", LocalDate.now().minusDays(10).toString(), "recordedBy", "区应急管理局 王敏")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return "/api/v1/credit-events/" + created.json().path("id").asString();
    }

    @Test
    void twoLiftsOfACreditEventLiftItOnce() throws Exception {
        String plain = recordedBlacklist();
        String conditional = recordedBlacklist();
        String etag = http.get(conditional).header("ETag");
        Map<String, Object> lift = Map.of("reason", "完成信用修复", "liftedBy", "区应急管理局 李强");

        List<Answer> withoutIfMatch = Requests.together(List.of(
                () -> send("POST", plain + "/lift", null, lift),
                () -> send("POST", plain + "/lift", null, lift)));
        List<Answer> withIfMatch = Requests.together(List.of(
                () -> send("POST", conditional + "/lift", etag, lift),
                () -> send("POST", conditional + "/lift", etag, lift)));

        assertThat(statuses(withoutIfMatch)).containsExactly(200, 409);
        assertThat(statuses(withIfMatch)).containsExactly(200, 412);
        for (String event : List.of(plain, conditional)) {
            Answer read = http.get(event);
            assertThat(read.json().path("state").asString()).isEqualTo("LIFTED");
            assertThat(read.header("ETag")).isEqualTo("\"1\"");
        }
    }

    @Test
    void theSameOutcomeDeliveredConcurrentlyIsRecordedOnce() throws Exception {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
        try {
            RecordCreditOutcomeRequest outcome = RecordCreditOutcomeRequest.newBuilder()
                    .setOutcomeId("decision/" + UUID.randomUUID())
                    .setEnterpriseId(enterprise.toString())
                    .setKind(CreditEventKind.CREDIT_EVENT_KIND_SUSPENSION_ORDER)
                    .setReason("重大事故隐患未按期整改")
                    .setSourceCase("宿城应急罚〔2024〕17号")
                    .setStartDate(LocalDate.now().toString())
                    .setEndDate(LocalDate.now().plusMonths(3).toString())
                    .build();
            List<Callable<RecordCreditOutcomeResponse>> deliveries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                deliveries.add(() -> CreditOutcomeServiceGrpc.newBlockingStub(channel)
                        .withDeadlineAfter(60, TimeUnit.SECONDS).recordCreditOutcome(outcome));
            }

            List<RecordCreditOutcomeResponse> answers = Requests.together(deliveries);

            assertThat(answers).extracting(a -> a.getEvent().getId()).containsOnly(answers.get(0).getEvent().getId());
            assertThat(http.get("/api/v1/credit-events?enterpriseId=" + enterprise).json().path("total").asLong())
                    .isEqualTo(1);
        }
        finally {
            channel.shutdownNow();
        }
    }

    @Test
    void concurrentRiskAssessmentsAreRecordedOneAfterTheOther() throws Exception {
        String path = "/api/v1/enterprises/" + enterprise;
        List<String> colours = List.of("RED", "ORANGE", "YELLOW", "BLUE");
        List<Callable<Answer>> assessments = new ArrayList<>();
        for (String colour : colours) {
            assessments.add(() -> send("PUT", path + "/risk-colour", null,
                    Map.of("colour", colour, "reason", "评估 " + ThreadLocalRandom.current().nextInt(), "actor", "李明")));
        }

        assertThat(statuses(Requests.together(assessments))).containsOnly(200);

        Answer history = http.get(path + "/risk-colour-history");
        assertThat(history.json().path("total").asLong()).isEqualTo(4);
        // Newest first: each entry's previous colour is the colour of the entry before it.
        var items = history.json().path("items");
        for (int i = 0; i < 3; i++) {
            assertThat(items.get(i).path("previousColour").asString())
                    .isEqualTo(items.get(i + 1).path("colour").asString());
        }
        Answer read = http.get(path);
        assertThat(read.json().path("riskColour").asString()).isEqualTo(items.get(0).path("colour").asString());
        assertThat(read.header("ETag")).isEqualTo("\"4\"");
    }
}
