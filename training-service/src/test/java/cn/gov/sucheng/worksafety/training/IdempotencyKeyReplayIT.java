package cn.gov.sucheng.worksafety.training;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every POST of training-service, sent twice with one Idempotency-Key, writes once and answers the second time
 * exactly as the first; the same key with another body is refused with 422. Against a real PostgreSQL.
 */
class IdempotencyKeyReplayIT extends TrainingServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonHttp http;
    LocalDate today;
    UUID enterprise;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        enterprise = EnterpriseRegistryDouble.register("耿车镇");
    }

    record Call(String path, Map<String, Object> body, Map<String, Object> otherBody, Supplier<Long> written) {
    }

    static Stream<Arguments> everyPost() {
        return Stream.<Map.Entry<String, Function<IdempotencyKeyReplayIT, Call>>>of(
                Map.entry("register a trainee", IdempotencyKeyReplayIT::registerTrainee),
                Map.entry("record a session", IdempotencyKeyReplayIT::recordSession),
                Map.entry("record an exam", IdempotencyKeyReplayIT::recordExam),
                Map.entry("issue a certificate", IdempotencyKeyReplayIT::issueCertificate),
                Map.entry("review a certificate", IdempotencyKeyReplayIT::reviewCertificate),
                Map.entry("revoke a certificate", IdempotencyKeyReplayIT::revokeCertificate),
                Map.entry("register an officer", IdempotencyKeyReplayIT::registerOfficer),
                Map.entry("suspend an officer", t -> t.officerAction("suspend", Map.of("reason", "调离执法岗位"),
                        Map.of("reason", "停职"), false)),
                Map.entry("reinstate an officer", t -> t.officerAction("reinstate", Map.of(), Map.of("x", 1), true)),
                Map.entry("renew a credential", t -> t.officerAction("renew-credential",
                        Map.of("validUntil", t.today.plusYears(5).toString()),
                        Map.of("validUntil", t.today.plusYears(6).toString()), false)),
                Map.entry("record a drill", IdempotencyKeyReplayIT::recordDrill))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static final Set<String> COVERED = Set.of("/api/v1/trainees", "/api/v1/training-sessions", "/api/v1/exams",
            "/api/v1/certificates", "/api/v1/certificates/{id}/reviews", "/api/v1/certificates/{id}/revoke",
            "/api/v1/officers", "/api/v1/officers/{id}/suspend", "/api/v1/officers/{id}/reinstate",
            "/api/v1/officers/{id}/renew-credential", "/api/v1/drills");

    @Test
    void everyPostOfTheServiceIsReplayedAbove(
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        Set<String> posts = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                posts.addAll(info.getPathPatternsCondition().getPatternValues());
            }
        });
        assertThat(posts).isEqualTo(new TreeSet<>(COVERED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPost")
    void aRetryWithTheSameKeyAnswersTheFirstAnswerAndWritesNothing(String name,
            Function<IdempotencyKeyReplayIT, Call> endpoint) {
        Call call = endpoint.apply(this);
        long before = call.written().get();
        String key = UUID.randomUUID().toString();

        Answer first = post(call.path(), key, call.body());
        assertThat(first.status()).as(first.toString()).isBetween(200, 201);
        assertThat(call.written().get()).isEqualTo(before + 1);

        Answer retry = post(call.path(), key, call.body());
        assertThat(retry.status()).isEqualTo(first.status());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(call.written().get()).isEqualTo(before + 1);

        Answer reused = post(call.path(), key, call.otherBody());
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.json().path("type").asString()).endsWith("/problems/idempotency-key-reused");
        assertThat(call.written().get()).isEqualTo(before + 1);
    }

    Answer post(String path, String key, Map<String, Object> body) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(JsonHttp.json(body))));
    }

    long count(String sql, Object arg) {
        return jdbc.sql(sql).param(arg).query(Long.class).single();
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    Call registerTrainee() {
        Map<String, Object> body = Map.of("name", "王建国", "idNumber", TestPeople.idNumber(),
                "enterpriseId", enterprise.toString(), "keyPost", "PRINCIPAL", "highRiskTrade", false);
        return new Call("/api/v1/trainees", body, with(body, "name", "李明"),
                () -> count("SELECT count(*) FROM trainee WHERE enterprise_id = ?::uuid", enterprise));
    }

    Call recordSession() {
        UUID trainee = TestPeople.trainee(http, enterprise, "OTHER", true);
        Map<String, Object> body = Map.of("title", "新员工三级安全教育", "kind", "INITIAL", "heldOn", today.toString(),
                "hours", 24, "provider", "企业安全环保部", "attendeeIds", List.of(trainee.toString()), "actor", "陈工");
        return new Call("/api/v1/training-sessions", body, with(body, "hours", 8),
                () -> count("SELECT count(*) FROM training_attendance WHERE trainee_id = ?::uuid", trainee));
    }

    Call recordExam() {
        UUID trainee = TestPeople.trainee(http, enterprise, "OTHER", true);
        Map<String, Object> body = Map.of("traineeId", trainee.toString(), "subject", "安全生产知识", "takenOn",
                today.toString(), "score", 88, "actor", "考试中心");
        return new Call("/api/v1/exams", body, with(body, "score", 70),
                () -> count("SELECT count(*) FROM exam_result WHERE trainee_id = ?::uuid", trainee));
    }

    Map<String, Object> certificateBody(UUID holder, LocalDate issuedOn) {
        UUID pass = TestPeople.exam(http, holder, 90);
        return Map.of("number", "T" + UUID.randomUUID(), "holderId", holder.toString(), "kind", "SPECIAL_OPERATION",
                "category", "电工作业", "item", "低压电工作业", "firstIssuedOn", issuedOn.toString(),
                "examId", pass.toString(), "actor", "王科长");
    }

    Call issueCertificate() {
        UUID holder = TestPeople.trainee(http, enterprise, "SPECIAL_OPERATION_WORKER", false);
        Map<String, Object> body = certificateBody(holder, today.minusYears(1));
        return new Call("/api/v1/certificates", body, with(body, "number", "T" + UUID.randomUUID()),
                () -> count("SELECT count(*) FROM certificate WHERE holder_id = ?::uuid", holder));
    }

    String certificate(LocalDate issuedOn) {
        UUID holder = TestPeople.trainee(http, enterprise, "SPECIAL_OPERATION_WORKER", false);
        Answer a = http.post("/api/v1/certificates", JsonHttp.json(certificateBody(holder, issuedOn)));
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.json().path("id").asString();
    }

    Call reviewCertificate() {
        String id = certificate(today.minusYears(3).plusDays(5));
        String holder = http.get("/api/v1/certificates/" + id).json().path("holderId").asString();
        UUID pass = TestPeople.exam(http, UUID.fromString(holder), 85);
        Map<String, Object> body = Map.of("reviewedOn", today.toString(), "healthCheckPassed", true, "violations", 0,
                "administrativePenalty", false, "refresherHours", 8, "examId", pass.toString(), "actor", "李科长");
        return new Call("/api/v1/certificates/" + id + "/reviews", body, with(body, "refresherHours", 12),
                () -> count("SELECT count(*) FROM certificate_review WHERE certificate_id = ?::uuid", id));
    }

    Call revokeCertificate() {
        String id = certificate(today.minusYears(1));
        Map<String, Object> body = Map.of("reason", "违章作业造成事故", "actor", "张局长");
        return new Call("/api/v1/certificates/" + id + "/revoke", body, with(body, "reason", "伪造证件"),
                () -> count("SELECT count(*) FROM certificate WHERE id = ?::uuid AND revoked_on IS NOT NULL", id));
    }

    Call registerOfficer() {
        String badge = "B" + UUID.randomUUID();
        Map<String, Object> body = Map.of("name", "刘洋", "badgeNumber", badge, "department", "宿城区应急管理局",
                "credentialValidUntil", today.plusYears(3).toString(), "safetyBackground", true);
        return new Call("/api/v1/officers", body, with(body, "name", "赵磊"),
                () -> count("SELECT count(*) FROM officer WHERE badge_number = ?", badge));
    }

    Call officerAction(String action, Map<String, Object> body, Map<String, Object> other, boolean suspendFirst) {
        Answer a = http.post("/api/v1/officers", JsonHttp.json(registerOfficer().body()));
        String id = a.json().path("id").asString();
        if (suspendFirst) {
            http.post("/api/v1/officers/" + id + "/suspend", JsonHttp.json(Map.of("reason", "调离执法岗位")));
        }
        return new Call("/api/v1/officers/" + id + "/" + action, body, other,
                () -> count("SELECT version FROM officer WHERE id = ?::uuid", id) - (suspendFirst ? 1 : 0));
    }

    Call recordDrill() {
        Map<String, Object> body = Map.of("enterpriseId", enterprise.toString(), "planReference", "321302-2025-017",
                "scenario", "液氯储罐泄漏现场处置演练", "heldOn", today.toString(), "participants", 46,
                "findings", List.of("应急物资柜缺少正压式空气呼吸器"), "actor", "陈工");
        return new Call("/api/v1/drills", body, with(body, "participants", 40),
                () -> count("SELECT count(*) FROM drill WHERE enterprise_id = ?::uuid", enterprise));
    }
}
