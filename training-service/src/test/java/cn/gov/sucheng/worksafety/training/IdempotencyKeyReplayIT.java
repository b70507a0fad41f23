package cn.gov.sucheng.worksafety.training;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.testing.IdempotencyContract;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every POST of training-service, sent twice with one Idempotency-Key, writes once and answers the second time
 * exactly as the first (the calls below, run by the contract). Against a real PostgreSQL.
 */
class IdempotencyKeyReplayIT extends TrainingServiceIT implements IdempotencyContract {

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

    @Override
    public List<Write> writes() {
        return List.of(
                new Write("/api/v1/trainees", this::registerTrainee),
                new Write("/api/v1/training-sessions", this::recordSession),
                new Write("/api/v1/exams", this::recordExam),
                new Write("/api/v1/certificates", this::issueCertificate),
                new Write("/api/v1/certificates/{id}/reviews", this::reviewCertificate),
                new Write("/api/v1/certificates/{id}/revoke", this::revokeCertificate),
                new Write("/api/v1/officers", this::registerOfficer),
                new Write("/api/v1/officers/{id}/suspend", () -> officerAction("suspend",
                        Map.of("reason", "调离执法岗位"), Map.of("reason", "停职"), false)),
                new Write("/api/v1/officers/{id}/reinstate", () -> officerAction("reinstate", Map.of(), Map.of("x", 1),
                        true)),
                new Write("/api/v1/officers/{id}/renew-credential", () -> officerAction("renew-credential",
                        Map.of("validUntil", today.plusYears(5).toString()),
                        Map.of("validUntil", today.plusYears(6).toString()), false)),
                new Write("/api/v1/drills", this::recordDrill));
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
