package cn.gov.sucheng.worksafety.enterprise.standardization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.TestEnterprises;
import cn.gov.sucheng.worksafety.enterprise.standardization.application.Standardization;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.Element;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingState;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The standardization gradings' REST API against a real PostgreSQL. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class StandardizationApiIT {

    static final String PATH = "/api/v1/standardization-gradings";
    // The service runs on the district's time zone, whatever the host's.
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Standardization standardization;

    JsonHttp http;
    // The enterprises this test registered: it asserts on their gradings only, never wipes the table.
    final List<UUID> mine = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
    }

    String enterprise() {
        UUID id = TestEnterprises.register(http);
        mine.add(id);
        return id.toString();
    }

    static Map<String, Object> scores(int score) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (Element element : Element.values()) {
            scores.put(element.name(), score);
        }
        return scores;
    }

    static Map<String, Object> award(String enterpriseId, int grade, LocalDate awardedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("grade", grade);
        body.put("awardedOn", awardedOn.toString());
        body.put("awardingBody", "宿迁市应急管理局");
        body.put("elementScores", scores(90));
        return body;
    }

    Answer post(Map<String, Object> body) {
        return http.post(PATH, JsonHttp.json(body));
    }

    JsonNode awarded(String enterpriseId, int grade, LocalDate awardedOn) {
        Answer answer = post(award(enterpriseId, grade, awardedOn));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    /** The gradings of this test's enterprises. */
    long stored() {
        return jdbc.sql("SELECT count(*) FROM standardization_grading WHERE enterprise_id = ANY(:mine)")
                .param("mine", mine.toArray(UUID[]::new)).query(Long.class).single();
    }

    /** The history entries of this test's enterprises' gradings. */
    long events() {
        return jdbc.sql("SELECT count(*) FROM standardization_grading_event ev JOIN standardization_grading g"
                + " ON g.id = ev.grading_id WHERE g.enterprise_id = ANY(:mine)")
                .param("mine", mine.toArray(UUID[]::new)).query(Long.class).single();
    }

    static String action(String reason, String actor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("actor", actor);
        return JsonHttp.json(body);
    }

    static String downgrade(Integer toGrade) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("toGrade", toGrade);
        body.put("reason", "复评发现重大事故隐患未按期整改");
        body.put("actor", "区应急管理局 张伟");
        return JsonHttp.json(body);
    }

    @Test
    void awardsAGradingAndReadsItBack() {
        String enterpriseId = enterprise();
        Map<String, Object> body = award(enterpriseId, 2, TODAY.minusDays(10));
        @SuppressWarnings("unchecked")
        Map<String, Object> scores = (Map<String, Object>) body.get("elementScores");
        scores.put("ACCIDENT_MANAGEMENT", 100);

        Answer created = post(body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);

        JsonNode read = http.get(PATH + "/" + id).json();
        assertThat(read.path("enterpriseId").asString()).isEqualTo(enterpriseId);
        assertThat(read.path("grade").asInt()).isEqualTo(2);
        assertThat(read.path("awardedGrade").asInt()).isEqualTo(2);
        assertThat(read.path("awardedOn").asString()).isEqualTo(TODAY.minusDays(10).toString());
        assertThat(read.path("validUntil").asString())
                .isEqualTo(TODAY.minusDays(10).plusYears(3).minusDays(1).toString());
        assertThat(read.path("state").asString()).isEqualTo("VALID");
        assertThat(read.path("awardingBody").asString()).isEqualTo("宿迁市应急管理局");
        assertThat(read.path("elementScores").path("ACCIDENT_MANAGEMENT").asInt()).isEqualTo(100);
        assertThat(read.path("elementScores").size()).isEqualTo(8);
        assertThat(read.path("totalScore").asInt()).isEqualTo(7 * 90 + 100);
        assertThat(read.path("history")).hasSize(1);
        assertThat(read.path("history").get(0).path("kind").asString()).isEqualTo("AWARDED");
        assertThat(read.path("history").get(0).path("toGrade").asInt()).isEqualTo(2);
    }

    @Test
    void aNewAwardSupersedesTheCurrentGrading() {
        String enterpriseId = enterprise();
        String first = awarded(enterpriseId, 3, TODAY.minusYears(1)).path("id").asString();

        String second = awarded(enterpriseId, 2, TODAY).path("id").asString();

        JsonNode old = http.get(PATH + "/" + first).json();
        assertThat(old.path("state").asString()).isEqualTo("SUPERSEDED");
        assertThat(old.path("history").get(1).path("kind").asString()).isEqualTo("SUPERSEDED");
        assertThat(old.path("history").get(1).path("reason").asString()).contains(second);
        assertThat(http.get(PATH + "/" + second).json().path("state").asString()).isEqualTo("VALID");
        assertThat(standardization.currentGradingOf(UUID.fromString(enterpriseId)))
                .hasValueSatisfying(current -> assertThat(current.grading().id().toString()).isEqualTo(second));
    }

    @Test
    void refusesAnAwardOlderThanTheCurrentGradingWritingNothing() {
        String enterpriseId = enterprise();
        String current = awarded(enterpriseId, 2, TODAY.minusDays(5)).path("id").asString();

        Answer older = post(award(enterpriseId, 1, TODAY.minusDays(6)));

        assertThat(older.status()).isEqualTo(409);
        assertThat(older.json().path("type").asString()).endsWith("/problems/conflict");
        assertThat(stored()).isEqualTo(1);
        assertThat(events()).isEqualTo(1);
        assertThat(http.get(PATH + "/" + current).json().path("state").asString()).isEqualTo("VALID");
    }

    @Test
    void refusesAnUnknownEnterpriseWith422() {
        UUID unknown = UUID.randomUUID();
        mine.add(unknown);
        Answer answer = post(award(unknown.toString(), 1, TODAY));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("type").asString()).endsWith("/problems/unprocessable");
        assertThat(stored()).isZero();
    }

    @Test
    void namesEveryMissingField() {
        Answer answer = http.post(PATH, "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.invalidFields())
                .contains("enterpriseId", "grade", "awardedOn", "awardingBody", "elementScores");
    }

    @Test
    void refusesBadFieldsNamingThemAndWritesNothing() {
        String enterpriseId = enterprise();

        Map<String, Object> gradeFour = award(enterpriseId, 4, TODAY);
        assertThat(post(gradeFour).invalidFields()).containsExactly("grade");

        Map<String, Object> missingElement = award(enterpriseId, 1, TODAY);
        ((Map<?, ?>) missingElement.get("elementScores")).remove("EMERGENCY_MANAGEMENT");
        Answer missing = post(missingElement);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.invalidFields()).containsExactly("elementScores");
        assertThat(missing.json().path("errors").get(0).path("message").asString()).contains("EMERGENCY_MANAGEMENT");

        Map<String, Object> tooHigh = award(enterpriseId, 1, TODAY);
        tooHigh.put("elementScores", scores(101));
        assertThat(post(tooHigh).invalidFields()).hasSize(1).first().asString().startsWith("elementScores.");

        Map<String, Object> unknownElement = award(enterpriseId, 1, TODAY);
        @SuppressWarnings("unchecked")
        Map<String, Object> scores = (Map<String, Object>) unknownElement.get("elementScores");
        scores.put("SAFETY_CULTURE", 80);
        Answer unknown = post(unknownElement);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.invalidFields()).hasSize(1).first().asString().startsWith("elementScores");

        Answer future = post(award(enterpriseId, 1, TODAY.plusDays(1)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.invalidFields()).containsExactly("awardedOn");

        Map<String, Object> wrongDate = award(enterpriseId, 1, TODAY);
        wrongDate.put("awardedOn", "10/05/2024");
        assertThat(post(wrongDate).invalidFields()).containsExactly("awardedOn");

        Map<String, Object> longBody = award(enterpriseId, 1, TODAY);
        longBody.put("awardingBody", "局".repeat(201));
        assertThat(post(longBody).invalidFields()).containsExactly("awardingBody");

        assertThat(stored()).isZero();
        assertThat(events()).isZero();
    }

    @Test
    void downgradesToALowerGradeOnly() {
        String id = awarded(enterprise(), 1, TODAY).path("id").asString();

        Answer downgraded = http.post(PATH + "/" + id + "/downgrade", downgrade(2));

        assertThat(downgraded.status()).as(downgraded.toString()).isEqualTo(200);
        assertThat(downgraded.json().path("grade").asInt()).isEqualTo(2);
        assertThat(downgraded.json().path("awardedGrade").asInt()).isEqualTo(1);
        assertThat(downgraded.json().path("state").asString()).isEqualTo("DOWNGRADED");
        JsonNode event = downgraded.json().path("history").get(1);
        assertThat(event.path("kind").asString()).isEqualTo("DOWNGRADED");
        assertThat(event.path("fromGrade").asInt()).isEqualTo(1);
        assertThat(event.path("toGrade").asInt()).isEqualTo(2);
        assertThat(event.path("reason").asString()).isEqualTo("复评发现重大事故隐患未按期整改");
        assertThat(event.path("actor").asString()).isEqualTo("区应急管理局 张伟");

        for (int notLower : new int[] { 2, 1 }) {
            Answer refused = http.post(PATH + "/" + id + "/downgrade", downgrade(notLower));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().path("type").asString()).endsWith("/problems/conflict");
        }
        assertThat(http.get(PATH + "/" + id).json().path("grade").asInt()).isEqualTo(2);
        assertThat(events()).isEqualTo(2);
    }

    @Test
    void refusesADowngradeWithoutReasonActorOrAValidGrade() {
        String id = awarded(enterprise(), 1, TODAY).path("id").asString();

        Answer missing = http.post(PATH + "/" + id + "/downgrade", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.invalidFields()).contains("toGrade", "reason", "actor");

        assertThat(http.post(PATH + "/" + id + "/downgrade", downgrade(4)).invalidFields()).containsExactly("toGrade");
        assertThat(http.post(PATH + "/" + id + "/downgrade", action(" ", "张伟").replace("}", ",\"toGrade\":2}"))
                .invalidFields()).containsExactly("reason");
        assertThat(http.get(PATH + "/" + id).json().path("state").asString()).isEqualTo("VALID");
    }

    @Test
    void withdrawsOnceAndForAll() {
        String id = awarded(enterprise(), 2, TODAY).path("id").asString();

        Answer withdrawn = http.post(PATH + "/" + id + "/withdraw", action("发生较大生产安全责任事故", "区应急管理局"));

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().path("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().path("history").get(1).path("kind").asString()).isEqualTo("WITHDRAWN");

        assertThat(http.post(PATH + "/" + id + "/withdraw", action("again", "区应急管理局")).status()).isEqualTo(409);
        assertThat(http.post(PATH + "/" + id + "/downgrade", downgrade(3)).status()).isEqualTo(409);
        assertThat(events()).isEqualTo(2);
        assertThat(standardization.currentGradingOf(UUID.fromString(withdrawn.json().path("enterpriseId").asString()))).isEmpty();
    }

    @Test
    void refusesAWithdrawalWithoutReasonOrActor() {
        String id = awarded(enterprise(), 2, TODAY).path("id").asString();

        Answer answer = http.post(PATH + "/" + id + "/withdraw", "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidFields()).contains("reason", "actor");
        assertThat(http.get(PATH + "/" + id).json().path("state").asString()).isEqualTo("VALID");
    }

    @Test
    void aGradingPastItsValidityIsExpiredAndCannotBeActedOn() {
        String enterpriseId = enterprise();
        String id = awarded(enterpriseId, 2, TODAY.minusYears(3)).path("id").asString();

        assertThat(http.get(PATH + "/" + id).json().path("state").asString()).isEqualTo("EXPIRED");
        assertThat(http.post(PATH + "/" + id + "/downgrade", downgrade(3)).status()).isEqualTo(409);
        assertThat(http.post(PATH + "/" + id + "/withdraw", action("r", "a")).status()).isEqualTo(409);
        assertThat(standardization.currentGradingOf(UUID.fromString(enterpriseId)))
                .hasValueSatisfying(current -> assertThat(current.state()).isEqualTo(GradingState.EXPIRED));
    }

    @Test
    void answers404ForAnUnknownGradingAnd400ForANonUuid() {
        String unknown = PATH + "/" + UUID.randomUUID();
        assertThat(http.get(unknown).status()).isEqualTo(404);
        assertThat(http.get(unknown).json().path("type").asString()).endsWith("/problems/not-found");
        assertThat(http.post(unknown + "/downgrade", downgrade(3)).status()).isEqualTo(404);
        assertThat(http.post(unknown + "/withdraw", action("r", "a")).status()).isEqualTo(404);

        Answer notAnId = http.get(PATH + "/not-a-uuid");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.invalidFields()).containsExactly("id");
    }

    @Test
    void listsFilteredByEnterpriseGradeAndStatePaged() {
        String a = enterprise();
        String b = enterprise();
        String aOld = awarded(a, 3, TODAY.minusYears(2)).path("id").asString();
        String aNow = awarded(a, 2, TODAY.minusDays(1)).path("id").asString();
        String bExpired = awarded(b, 2, TODAY.minusYears(4)).path("id").asString();

        JsonNode ofA = http.get(PATH + "?enterpriseId=" + a).json();
        assertThat(ofA.path("total").asLong()).isEqualTo(2);
        assertThat(ofA.path("items").get(0).path("id").asString()).isEqualTo(aNow);
        assertThat(ofA.path("items").get(0).path("history")).hasSize(1);
        assertThat(ofA.path("items").get(1).path("history")).hasSize(2);

        assertThat(ids(http.get(PATH + "?grade=2&enterpriseId=" + a).json())).containsExactly(aNow);
        assertThat(ids(http.get(PATH + "?grade=2&enterpriseId=" + b).json())).containsExactly(bExpired);
        assertThat(ids(http.get(PATH + "?state=SUPERSEDED&enterpriseId=" + a).json())).containsExactly(aOld);
        assertThat(ids(http.get(PATH + "?state=EXPIRED&enterpriseId=" + a).json())).isEmpty();
        assertThat(ids(http.get(PATH + "?state=EXPIRED&enterpriseId=" + b).json())).containsExactly(bExpired);
        assertThat(ids(http.get(PATH + "?state=VALID&grade=2&enterpriseId=" + a).json())).containsExactly(aNow);
        assertThat(ids(http.get(PATH + "?state=WITHDRAWN&enterpriseId=" + a).json())).isEmpty();

        JsonNode page = http.get(PATH + "?enterpriseId=" + a + "&page=1&size=1").json();
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(ids(page)).containsExactly(aOld);
    }

    @Test
    void refusesBadListParametersNamingThem() {
        assertThat(http.get(PATH + "?state=LAPSED").invalidFields()).containsExactly("state");
        assertThat(http.get(PATH + "?grade=5").invalidFields()).containsExactly("grade");
        assertThat(http.get(PATH + "?enterpriseId=x").invalidFields()).containsExactly("enterpriseId");
        assertThat(http.get(PATH + "?size=0").invalidFields()).containsExactly("size");
    }

    static java.util.List<String> ids(JsonNode page) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
