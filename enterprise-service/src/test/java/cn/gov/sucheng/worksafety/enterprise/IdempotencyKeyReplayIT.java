package cn.gov.sucheng.worksafety.enterprise;

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
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Codes;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every POST of the registry, sent twice with one Idempotency-Key, writes once and answers the second time
 * exactly as the first; the same key with another body is refused with 422. Against a real PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class IdempotencyKeyReplayIT {

    static final ZoneId SUCHENG = ZoneId.of("Asia/Shanghai");
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonHttp http;
    String base;
    LocalDate today;

    @BeforeEach
    void setUp() {
        base = "http://127.0.0.1:" + port;
        http = new JsonHttp(base);
        today = LocalDate.now(SUCHENG);
    }

    /** One POST: where it goes, a body, another body, and how many records of its kind exist. */
    record Call(String path, Map<String, Object> body, Map<String, Object> otherBody, Supplier<Long> written) {
    }

    static Stream<Arguments> everyPost() {
        return Stream.<Map.Entry<String, Function<IdempotencyKeyReplayIT, Call>>>of(
                Map.entry("register an enterprise", IdempotencyKeyReplayIT::registerEnterprise),
                Map.entry("issue a licence", t -> t.issueLicence(t.enterprise())),
                Map.entry("renew a licence", t -> t.licenceAction(t.licence(t.today.minusYears(3).plusDays(30)), "renew",
                        Map.of("fatalAccidentInPeriod", false, "actor", "王科长"))),
                Map.entry("suspend a licence", t -> t.licenceAction(t.licence(t.today.minusYears(1)), "suspend",
                        Map.of("actor", "李队长"))),
                Map.entry("reinstate a licence", t -> t.licenceAction(t.suspendedLicence(), "reinstate",
                        Map.of("actor", "李队长"))),
                Map.entry("revoke a licence", t -> t.licenceAction(t.licence(t.today.minusYears(1)), "revoke",
                        Map.of("actor", "张局长"))),
                Map.entry("file an emergency plan", t -> t.filePlan(t.enterprise())),
                Map.entry("review an emergency plan", IdempotencyKeyReplayIT::reviewPlan),
                Map.entry("register a major hazard source", t -> t.registerSource(t.enterprise())),
                Map.entry("deregister a major hazard source", IdempotencyKeyReplayIT::deregisterSource),
                Map.entry("record a credit event", t -> t.recordCreditEvent(t.enterprise())),
                Map.entry("lift a credit event", IdempotencyKeyReplayIT::liftCreditEvent),
                Map.entry("award a grading", t -> t.awardGrading(t.enterprise())),
                Map.entry("downgrade a grading", t -> t.gradingAction("downgrade", Map.of("toGrade", 3, "actor", "张伟"))),
                Map.entry("withdraw a grading", t -> t.gradingAction("withdraw", Map.of("actor", "张伟"))),
                Map.entry("record a liability insurance policy", t -> t.recordPolicy(t.enterprise())),
                Map.entry("cancel a liability insurance policy", IdempotencyKeyReplayIT::cancelPolicy))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** The POST paths {@link #everyPost} covers; a POST added to the service without a row here fails below. */
    static final Set<String> COVERED = Set.of("/api/v1/enterprises", "/api/v1/licences",
            "/api/v1/licences/{id}/renew", "/api/v1/licences/{id}/suspend", "/api/v1/licences/{id}/reinstate",
            "/api/v1/licences/{id}/revoke", "/api/v1/emergency-plans", "/api/v1/emergency-plans/{id}/review",
            "/api/v1/major-hazard-sources", "/api/v1/major-hazard-sources/{id}/deregister", "/api/v1/credit-events",
            "/api/v1/credit-events/{id}/lift", "/api/v1/standardization-gradings",
            "/api/v1/standardization-gradings/{id}/downgrade", "/api/v1/standardization-gradings/{id}/withdraw",
            "/api/v1/liability-insurance-policies", "/api/v1/liability-insurance-policies/{id}/cancel");

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
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(call.written().get()).isEqualTo(before + 1);

        Answer reused = post(call.path(), key, call.otherBody());
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.json().path("type").asString()).endsWith("/problems/idempotency-key-reused");
        assertThat(call.written().get()).isEqualTo(before + 1);
    }

    @Test
    void sameKeyOnAnotherPathIsAnotherRequest() {
        String key = UUID.randomUUID().toString();
        Call plan = filePlan(enterprise());
        assertThat(post(plan.path(), key, plan.body()).status()).isEqualTo(201);

        Call event = recordCreditEvent(enterprise());
        Answer reused = post(event.path(), key, plan.body());

        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.json().path("type").asString()).endsWith("/problems/idempotency-key-reused");
    }

    @Test
    void keepsARefusalAsTheAnswerToItsKey() {
        String key = UUID.randomUUID().toString();
        Call licence = issueLicence(UUID.randomUUID().toString());

        Answer refused = post(licence.path(), key, licence.body());
        Answer again = post(licence.path(), key, licence.body());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).isEqualTo(refused.body());
    }

    @Test
    void answers400NamingTheHeaderForAKeyThatIsTooLongOrBrokenlyQuoted() {
        Call call = registerEnterprise();
        for (String key : List.of("k".repeat(256), "\"unbalanced")) {
            Answer answer = post(call.path(), key, call.body());

            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.invalidFields()).containsExactly("Idempotency-Key");
        }
        assertThat(call.written().get()).isZero();
    }

    Answer post(String path, String key, Map<String, Object> body) {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(JsonHttp.json(body))));
    }

    Answer created(String path, Map<String, Object> body) {
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
        return Map.of("enterpriseId", enterpriseId, "policyNumber", "PZAB" + UUID.randomUUID(),
                "insurer", "中国人民财产保险股份有限公司宿迁市分公司", "startsOn", today.minusMonths(2).toString(),
                "endsOn", today.plusMonths(10).toString(), "premium", 12800.00, "insuredAmountPerPerson", 800000.00,
                "actor", "王科长");
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
        return Map.of("enterpriseId", enterpriseId, "number", "(苏)WH安许证字[" + UUID.randomUUID() + "]",
                "scope", "危险化学品生产：硫酸(30万吨/年)", "issuingAuthority", "江苏省应急管理厅",
                "issuedOn", issuedOn.toString(), "actor", "王科长");
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
        Map<String, Object> body = Map.of("enterpriseId", enterpriseId, "title", "生产安全事故综合应急预案",
                "type", "COMPREHENSIVE", "filingNumber", "321302-" + UUID.randomUUID(),
                "filedOn", today.minusYears(1).toString(), "filingAuthority", "宿迁市宿城区应急管理局");
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
        Map<String, Object> chief = Map.of("name", "王建国", "position", "总经理", "phone", "0527-84361234");
        Map<String, Object> body = Map.of("enterpriseId", enterpriseId, "name", "液氯储罐区",
                "substances", List.of(Map.of("name", "液氯", "casNumber", "7782-50-5", "actualQuantity", 30,
                        "criticalQuantity", 5, "correctionFactor", 4)),
                "exposureCorrection", 1.5, "chiefs", Map.of("enterprise", chief, "town", chief, "district", chief));
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
        Map<String, Object> body = Map.of("enterpriseId", enterpriseId, "kind", "BLACKLIST",
                "reason", "未按规定整改重大事故隐患", "sourceCase", "宿城应急罚〔2024〕17号",
                "startDate", today.toString(), "recordedBy", "区应急管理局 王敏");
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
        Map<String, Object> scores = new LinkedHashMap<>();
        for (String element : List.of("GOALS_AND_DUTIES", "INSTITUTIONAL_MANAGEMENT", "EDUCATION_AND_TRAINING",
                "ON_SITE_MANAGEMENT", "RISK_CONTROL_AND_HAZARD_MANAGEMENT", "EMERGENCY_MANAGEMENT",
                "ACCIDENT_MANAGEMENT", "CONTINUOUS_IMPROVEMENT")) {
            scores.put(element, 92);
        }
        Map<String, Object> body = Map.of("enterpriseId", enterpriseId, "grade", 2,
                "awardedOn", today.minusYears(1).toString(), "awardingBody", "宿迁市应急管理局", "elementScores", scores);
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
