package cn.gov.sucheng.worksafety.training.certificate;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.training.EnterpriseRegistryDouble;
import cn.gov.sucheng.worksafety.training.TestPeople;
import cn.gov.sucheng.worksafety.training.TrainingServiceIT;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Trainees, exams, certificates and their reviews, and coverage, through the REST API against PostgreSQL. */
class CertificateApiIT extends TrainingServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CircuitBreakerRegistry breakers;

    JsonHttp http;
    UUID enterprise;
    LocalDate today;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        enterprise = EnterpriseRegistryDouble.register("耿车镇");
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void registersAPersonShowingTheIdNumberOnlyMaskedAndStoringItEncrypted() {
        String idNumber = TestPeople.idNumber();
        Answer created = http.post("/api/v1/trainees", JsonHttp.json(Map.of("name", "王建国", "idNumber", idNumber,
                "enterpriseId", enterprise.toString(), "keyPost", "PRINCIPAL", "highRiskTrade", true)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("idNumber").asString())
                .isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
        assertThat(created.json().path("town").asString()).isEqualTo("耿车镇");
        assertThat(created.body()).doesNotContain(idNumber.substring(6, 14));
        String id = created.json().path("id").asString();
        byte[] stored = jdbc.sql("SELECT id_number_cipher FROM trainee WHERE id = ?::uuid").param(id)
                .query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(idNumber);

        Answer found = http.get("/api/v1/trainees?idNumber=" + idNumber);
        assertThat(found.json().path("total").asLong()).isEqualTo(1);
        assertThat(found.json().path("items").get(0).path("id").asString()).isEqualTo(id);

        Answer again = http.post("/api/v1/trainees", JsonHttp.json(Map.of("name", "王建国", "idNumber", idNumber,
                "enterpriseId", enterprise.toString(), "keyPost", "OTHER", "highRiskTrade", false)));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.body()).doesNotContain(idNumber);
    }

    @Test
    void withTheRegistryDownARegistrationIs503AndOnceItKeepsFailingTheRegistryIsLeftAlone() {
        EnterpriseRegistryDouble.up(false);
        try {
            int before = EnterpriseRegistryDouble.calls();
            for (int i = 0; i < 5; i++) {
                Answer refused = http.post("/api/v1/trainees", JsonHttp.json(Map.of("name", "王建国",
                        "idNumber", TestPeople.idNumber(), "enterpriseId", enterprise.toString(), "keyPost", "OTHER",
                        "highRiskTrade", false)));
                assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.header("Retry-After")).isNotBlank();
                assertThat(refused.json().path("detail").asString()).isEqualTo("enterprise-service is unavailable");
            }
            String idNumber = TestPeople.idNumber();
            Answer paused = http.post("/api/v1/trainees", JsonHttp.json(Map.of("name", "王建国", "idNumber", idNumber,
                    "enterpriseId", enterprise.toString(), "keyPost", "OTHER",
                        "highRiskTrade", false)));

            assertThat(paused.status()).as(paused.toString()).isEqualTo(503);
            assertThat(paused.json().path("detail").asString()).contains("circuit open");
            assertThat(EnterpriseRegistryDouble.calls() - before).as("calls that reached the registry").isEqualTo(5);
            assertThat(http.get("/api/v1/trainees?idNumber=" + idNumber).json().path("total").asLong()).isZero();
        }
        finally {
            EnterpriseRegistryDouble.up(true);
            breakers.circuitBreaker("enterprise-service").reset();
        }
        assertThat(http.post("/api/v1/trainees", JsonHttp.json(Map.of("name", "王建国", "idNumber",
                TestPeople.idNumber(), "enterpriseId", enterprise.toString(), "keyPost", "OTHER",
                        "highRiskTrade", false))).status())
                .isEqualTo(201);
    }

    @Test
    void refusesABadIdNumberNamingTheFieldAndAnUnknownEnterpriseWith422() {
        String good = TestPeople.idNumber();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        long before = jdbc.sql("SELECT count(*) FROM trainee").query(Long.class).single();

        Answer bad = http.post("/api/v1/trainees", JsonHttp.json(Map.of("name", "王建国", "idNumber", badCheck,
                "enterpriseId", enterprise.toString(), "keyPost", "PRINCIPAL", "highRiskTrade", false)));
        Answer unknown = http.post("/api/v1/trainees", JsonHttp.json(Map.of("name", "王建国", "idNumber", good,
                "enterpriseId", UUID.randomUUID().toString(), "keyPost", "PRINCIPAL", "highRiskTrade", false)));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.invalidFields()).containsExactly("idNumber");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("SELECT count(*) FROM trainee WHERE id_number_masked = ?")
                .param(good.substring(0, 4) + "**********" + good.substring(14)).query(Long.class).single()).isZero();
        assertThat(before).isNotNegative();
    }

    @Test
    void issuesOnlyOnAPassAndListsTheCertificateDueThenOneOfTwoConcurrentReviewsWins() throws Exception {
        UUID holder = TestPeople.trainee(http, enterprise, "SPECIAL_OPERATION_WORKER", true);
        UUID fail = TestPeople.exam(http, holder, 60);
        UUID pass = TestPeople.exam(http, holder, 86);
        LocalDate issuedOn = today.minusYears(3).plusDays(10);
        Map<String, Object> body = new HashMap<>(Map.of("number", "T" + UUID.randomUUID(), "holderId", holder.toString(),
                "kind", "SPECIAL_OPERATION", "category", "电工作业", "item", "低压电工作业",
                "firstIssuedOn", issuedOn.toString(), "examId", fail.toString(), "actor", "王科长"));

        assertThat(http.post("/api/v1/certificates", JsonHttp.json(body)).status()).isEqualTo(422);
        body.put("examId", pass.toString());
        Answer issued = http.post("/api/v1/certificates", JsonHttp.json(body));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String id = issued.json().path("id").asString();
        LocalDate due = LocalDate.parse(issued.json().path("nextReviewDue").asString());
        assertThat(due).isEqualTo(issuedOn.plusYears(3).minusDays(1));
        assertThat(issued.json().path("state").asString()).isEqualTo("REVIEW_DUE");
        assertThat(issued.json().path("validUntil").asString()).isEqualTo(issuedOn.plusYears(6).minusDays(1).toString());

        Answer dueList = http.get("/api/v1/certificates?enterpriseId=" + enterprise + "&dueWithinDays=30");
        assertThat(dueList.json().path("items").get(0).path("id").asString()).isEqualTo(id);
        assertThat(http.get("/api/v1/certificates?enterpriseId=" + enterprise + "&dueWithinDays=5").json().path("total")
                .asLong()).isZero();

        Map<String, Object> review = Map.of("reviewedOn", today.toString(), "healthCheckPassed", true, "violations", 0,
                "administrativePenalty", false, "refresherHours", 8, "examId", pass.toString(), "actor", "李科长");
        List<Answer> answers = together(List.of(() -> reviewWithIfMatch(id, review), () -> reviewWithIfMatch(id, review)));
        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(201, 412);
        Answer won = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow();
        assertThat(won.json().path("review").path("passed").asBoolean()).isTrue();
        assertThat(won.json().path("certificate").path("state").asString()).isEqualTo("VALID");
        assertThat(won.json().path("certificate").path("nextReviewDue").asString())
                .isEqualTo(issuedOn.plusYears(6).minusDays(1).toString());

        Answer reviews = http.get("/api/v1/certificates/" + id + "/reviews");
        assertThat(reviews.json().size()).isEqualTo(1);
        assertThat(reviews.json().get(0).path("dueOn").asString()).isEqualTo(due.toString());

        Answer early = http.post("/api/v1/certificates/" + id + "/reviews", JsonHttp.json(review));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().path("currentState").asString()).isEqualTo("VALID");
        assertThat(early.json().path("allowedActions").get(0).asString()).isEqualTo("revoke");
    }

    @Test
    void aFailedReviewNamesTheRuleAndRevokesAndCoverageCountsOnlyValidCertificates() {
        UUID holder = TestPeople.trainee(http, enterprise, "SAFETY_MANAGER", false);
        TestPeople.trainee(http, enterprise, "PRINCIPAL", false);
        UUID pass = TestPeople.exam(http, holder, 90);
        Answer issued = http.post("/api/v1/certificates", JsonHttp.json(Map.of("number", "A" + UUID.randomUUID(),
                "holderId", holder.toString(), "kind", "KEY_POST_SAFETY", "category", "安全生产管理人员",
                "item", "危险化学品生产单位", "firstIssuedOn", today.minusYears(3).plusDays(1).toString(),
                "examId", pass.toString(), "actor", "王科长")));
        String id = issued.json().path("id").asString();

        Answer coverage = http.get("/api/v1/key-post-coverage?enterpriseId=" + enterprise);
        assertThat(coverage.json().path("total").path("keyPostHolders").asLong()).isEqualTo(2);
        assertThat(coverage.json().path("total").path("certified").asLong()).isEqualTo(1);
        assertThat(coverage.json().path("total").path("certifiedShare").asDouble()).isEqualTo(0.5);

        Answer failed = http.post("/api/v1/certificates/" + id + "/reviews", JsonHttp.json(Map.of(
                "reviewedOn", today.toString(), "healthCheckPassed", true, "violations", 2,
                "administrativePenalty", false, "refresherHours", 8, "examId", pass.toString(), "actor", "李科长")));

        assertThat(failed.status()).as(failed.toString()).isEqualTo(201);
        assertThat(failed.json().path("review").path("failedRules").get(0).asString()).isEqualTo("VIOLATIONS");
        assertThat(failed.json().path("certificate").path("state").asString()).isEqualTo("REVOKED");
        assertThat(http.get("/api/v1/key-post-coverage?enterpriseId=" + enterprise).json().path("total")
                .path("certified").asLong()).isZero();
        assertThat(http.get("/api/v1/certificates?enterpriseId=" + enterprise + "&state=REVOKED").json().path("total")
                .asLong()).isEqualTo(1);
    }

    Answer reviewWithIfMatch(String id, Map<String, Object> body) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/certificates/" + id
                + "/reviews")).header("Content-Type", "application/json").header("If-Match", "\"0\"")
                .POST(HttpRequest.BodyPublishers.ofString(JsonHttp.json(body))));
    }

    static <T> List<T> together(List<java.util.concurrent.Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (var call : calls) {
                running.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : running) {
                results.add(f.get());
            }
            return results;
        }
        finally {
            threads.shutdownNow();
        }
    }
}
