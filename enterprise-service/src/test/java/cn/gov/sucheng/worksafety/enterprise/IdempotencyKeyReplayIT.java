package cn.gov.sucheng.worksafety.enterprise;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Codes;
import cn.gov.sucheng.worksafety.platform.testing.IdempotencyContract;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.gov.sucheng.worksafety.platform.testing.IdempotencyContract.assertKeyReusedRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every POST of the registry, sent twice with one Idempotency-Key, writes once and answers the second time
 * exactly as the first (the calls below, run by the contract); the same key on another path is another request,
 * and a refusal is kept as the key's answer. Against a real PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class IdempotencyKeyReplayIT implements IdempotencyContract {

    static final ZoneId SUCHENG = ZoneId.of("Asia/Shanghai");
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonHttp http;
    LocalDate today;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        today = LocalDate.now(SUCHENG);
    }

    @Override
    public List<Write> writes() {
        return List.of(
                new Write("/api/v1/enterprises", this::registerEnterprise),
                new Write("/api/v1/licences", () -> issueLicence(enterprise())),
                new Write("/api/v1/licences/{id}/renew", () -> licenceAction(licence(today.minusYears(3).plusDays(30)),
                        "renew", Map.of("fatalAccidentInPeriod", false, "actor", "王科长"))),
                new Write("/api/v1/licences/{id}/suspend", () -> licenceAction(licence(today.minusYears(1)), "suspend",
                        Map.of("actor", "李队长"))),
                new Write("/api/v1/licences/{id}/reinstate", () -> licenceAction(suspendedLicence(), "reinstate",
                        Map.of("actor", "李队长"))),
                new Write("/api/v1/licences/{id}/revoke", () -> licenceAction(licence(today.minusYears(1)), "revoke",
                        Map.of("actor", "张局长"))),
                new Write("/api/v1/emergency-plans", () -> filePlan(enterprise())),
                new Write("/api/v1/emergency-plans/{id}/review", this::reviewPlan),
                new Write("/api/v1/major-hazard-sources", () -> registerSource(enterprise())),
                new Write("/api/v1/major-hazard-sources/{id}/deregister", this::deregisterSource),
                new Write("/api/v1/credit-events", () -> recordCreditEvent(enterprise())),
                new Write("/api/v1/credit-events/{id}/lift", this::liftCreditEvent),
                new Write("/api/v1/standardization-gradings", () -> awardGrading(enterprise())),
                new Write("/api/v1/standardization-gradings/{id}/downgrade",
                        () -> gradingAction("downgrade", Map.of("toGrade", 3, "actor", "张伟"))),
                new Write("/api/v1/standardization-gradings/{id}/withdraw",
                        () -> gradingAction("withdraw", Map.of("actor", "张伟"))),
                new Write("/api/v1/liability-insurance-policies", () -> recordPolicy(enterprise())),
                new Write("/api/v1/liability-insurance-policies/{id}/cancel", this::cancelPolicy));
    }

    @Test
    void sameKeyOnAnotherPathIsAnotherRequest() {
        String key = UUID.randomUUID().toString();
        Call plan = filePlan(enterprise());
        assertThat(http.post(plan.path(), JsonHttp.json(plan.body()), key).status()).isEqualTo(201);

        Call event = recordCreditEvent(enterprise());

        assertKeyReusedRefused(http.post(event.path(), JsonHttp.json(plan.body()), key));
    }

    @Test
    void keepsARefusalAsTheAnswerToItsKey() {
        String key = UUID.randomUUID().toString();
        Call licence = issueLicence(UUID.randomUUID().toString());

        Answer refused = http.post(licence.path(), JsonHttp.json(licence.body()), key);
        Answer again = http.post(licence.path(), JsonHttp.json(licence.body()), key);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).isEqualTo(refused.body());
    }

    Answer created(String path, Object body) {
        Answer answer = http.post(path, JsonHttp.json(body));
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
        return answer;
    }

    Call recordPolicy(String enterpriseId) {
        Map<String, Object> body = policyBody(enterpriseId);
        return new Call("/api/v1/liability-insurance-policies", body,
                with(body, "policyNumber", "PZAB" + UUID.randomUUID()),
                () -> count("SELECT count(*) FROM liability_policy WHERE enterprise_id = ?::uuid", enterpriseId));
    }

    Map<String, Object> policyBody(String enterpriseId) {
        return RegisterBodies.liabilityPolicy(enterpriseId, today);
    }

    Call cancelPolicy() {
        Answer recorded = http.post("/api/v1/liability-insurance-policies", JsonHttp.json(policyBody(enterprise())));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String id = recorded.json().path("id").asString();
        Map<String, Object> body = Map.of("effectiveOn", today.toString(), "reason", "企业停产退保", "actor", "王科长");
        return new Call("/api/v1/liability-insurance-policies/" + id + "/cancel", body,
                with(body, "reason", "企业转产退保"),
                () -> count("SELECT count(*) FROM liability_policy WHERE id = ?::uuid AND cancelled_from IS NOT NULL", id));
    }

    long count(String sql, Object id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    String enterprise() {
        return TestEnterprises.register(http).toString();
    }

    static String newCode() {
        StringBuilder first17 = new StringBuilder("91321302");
        for (int i = 0; i < 9; i++) {
            first17.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return Codes.withCheckCharacter(first17.toString());
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    Call registerEnterprise() {
        String code = newCode();
        Map<String, Object> body = Map.of("creditCode", code, "name", "宿迁市宿城区恒安化工有限公司", "town", "耿车镇",
                "industryArea", "HAZARDOUS_CHEMICALS");
        return new Call("/api/v1/enterprises", body, with(body, "name", "宿迁市宿城区另一家化工有限公司"),
                () -> count("SELECT count(*) FROM enterprise WHERE credit_code = ?", code));
    }

    Call issueLicence(String enterpriseId) {
        Map<String, Object> body = licenceBody(enterpriseId, today.minusYears(1));
        return new Call("/api/v1/licences", body, with(body, "number", "other-" + body.get("number")),
                () -> count("SELECT count(*) FROM licence WHERE enterprise_id = ?::uuid", enterpriseId));
    }

    static Map<String, Object> licenceBody(String enterpriseId, LocalDate issuedOn) {
        return RegisterBodies.licence(enterpriseId, issuedOn);
    }

    String licence(LocalDate issuedOn) {
        return created("/api/v1/licences", licenceBody(enterprise(), issuedOn)).json().path("id").asString();
    }

    String suspendedLicence() {
        String id = licence(today.minusYears(1));
        created("/api/v1/licences/" + id + "/suspend", Map.of("actor", "李队长", "reason", "停产整顿"));
        return id;
    }

    Call licenceAction(String id, String action, Map<String, Object> by) {
        Map<String, Object> body = with(by, "reason", "经研究决定");
        return new Call("/api/v1/licences/" + id + "/" + action, body, with(body, "reason", "另一个理由"),
                () -> count("SELECT count(*) FROM licence_event WHERE licence_id = ?::uuid", id));
    }

    Call filePlan(String enterpriseId) {
        Map<String, Object> body = RegisterBodies.emergencyPlan(enterpriseId, today);
        return new Call("/api/v1/emergency-plans", body, with(body, "title", "专项应急预案"),
                () -> count("SELECT count(*) FROM emergency_plan WHERE enterprise_id = ?::uuid", enterpriseId));
    }

    Call reviewPlan() {
        String id = created("/api/v1/emergency-plans", filePlan(enterprise()).body()).json().path("id").asString();
        Map<String, Object> body = Map.of("reviewedOn", today.toString(), "outcome", "UNCHANGED",
                "reviewedBy", "安全环保部");
        return new Call("/api/v1/emergency-plans/" + id + "/review", body, with(body, "reviewedBy", "总经理办公室"),
                () -> count("SELECT count(*) FROM emergency_plan_review WHERE plan_id = ?::uuid", id));
    }

    Call registerSource(String enterpriseId) {
        Map<String, Object> body = RegisterBodies.majorHazardSource(enterpriseId);
        return new Call("/api/v1/major-hazard-sources", body, with(body, "name", "液氨储罐区"),
                () -> count("SELECT count(*) FROM major_hazard_source WHERE enterprise_id = ?::uuid", enterpriseId));
    }

    Call deregisterSource() {
        String id = created("/api/v1/major-hazard-sources", registerSource(enterprise()).body()).json().path("id")
                .asString();
        Map<String, Object> body = Map.of("actor", "区应急管理局 李明", "reason", "液氯储罐已拆除");
        return new Call("/api/v1/major-hazard-sources/" + id + "/deregister", body, with(body, "reason", "已搬迁"),
                () -> count("SELECT version FROM major_hazard_source WHERE id = ?::uuid", id));
    }

    Call recordCreditEvent(String enterpriseId) {
        Map<String, Object> body = RegisterBodies.creditEvent(enterpriseId, today);
        return new Call("/api/v1/credit-events", body, with(body, "reason", "拒不执行执法决定"),
                () -> count("SELECT count(*) FROM credit_event WHERE enterprise_id = ?::uuid", enterpriseId));
    }

    Call liftCreditEvent() {
        String id = created("/api/v1/credit-events", recordCreditEvent(enterprise()).body()).json().path("id")
                .asString();
        Map<String, Object> body = Map.of("reason", "完成信用修复", "liftedBy", "区应急管理局 王敏");
        return new Call("/api/v1/credit-events/" + id + "/lift", body, with(body, "reason", "经审核同意移出名单"),
                () -> count("SELECT count(*) FROM credit_event WHERE id = ?::uuid AND lifted_at IS NOT NULL", id));
    }

    Call awardGrading(String enterpriseId) {
        Map<String, Object> body = RegisterBodies.grading(enterpriseId, today);
        return new Call("/api/v1/standardization-gradings", body, with(body, "awardingBody", "江苏省应急管理厅"),
                () -> count("SELECT count(*) FROM standardization_grading WHERE enterprise_id = ?::uuid", enterpriseId));
    }

    Call gradingAction(String action, Map<String, Object> by) {
        String id = created("/api/v1/standardization-gradings", awardGrading(enterprise()).body()).json().path("id")
                .asString();
        Map<String, Object> body = with(by, "reason", "复评发现重大事故隐患未按期整改");
        return new Call("/api/v1/standardization-gradings/" + id + "/" + action, body, with(body, "reason", "发生较大事故"),
                () -> count("SELECT count(*) FROM standardization_grading_event WHERE grading_id = ?::uuid", id));
    }
}
