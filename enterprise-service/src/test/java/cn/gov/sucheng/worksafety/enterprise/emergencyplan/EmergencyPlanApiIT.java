package cn.gov.sucheng.worksafety.enterprise.emergencyplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.sucheng.worksafety.enterprise.TestEnterprises;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.application.EmergencyPlanFiling;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.EmergencyPlan;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.time.Validity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The emergency-plan filings' REST API against a real PostgreSQL. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class EmergencyPlanApiIT {

    static final String PATH = "/api/v1/emergency-plans";
    // The service runs on the district's time zone, whatever the host's.
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmergencyPlanFiling filing;

    JsonHttp http;
    // Filing numbers are unique for good, also across runs: every test's numbers start with its own tag.
    String tag;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "-";
    }

    // Nothing is wiped: every test makes its own enterprises, under fresh random credit codes.
    String enterprise() {
        return TestEnterprises.register(http).toString();
    }

    Map<String, Object> plan(String enterpriseId, String filingNumber, LocalDate filedOn, LocalDate reviewDueOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("title", "生产安全事故综合应急预案");
        body.put("type", "COMPREHENSIVE");
        body.put("filingNumber", filingNumber.replaceFirst("^(\\s*)", "$1" + tag));
        body.put("filedOn", filedOn.toString());
        body.put("filingAuthority", "宿迁市宿城区应急管理局");
        if (reviewDueOn != null) {
            body.put("reviewDueOn", reviewDueOn.toString());
        }
        return body;
    }

    static Map<String, Object> review(LocalDate reviewedOn, LocalDate nextReviewDueOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewedOn", reviewedOn.toString());
        body.put("outcome", "REVISED");
        if (nextReviewDueOn != null) {
            body.put("nextReviewDueOn", nextReviewDueOn.toString());
        }
        body.put("reviewedBy", "安全环保部 李娜");
        return body;
    }

    Answer post(Map<String, Object> body) {
        return http.post(PATH, JsonHttp.json(body));
    }

    String filed(String enterpriseId, String filingNumber, LocalDate filedOn, LocalDate reviewDueOn) {
        Answer answer = post(plan(enterpriseId, filingNumber, filedOn, reviewDueOn));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    /** The plans this test filed. */
    long stored() {
        return jdbc.sql("SELECT count(*) FROM emergency_plan WHERE filing_number LIKE :tag || '%'")
                .param("tag", tag).query(Long.class).single();
    }

    /** The reviews of the plans this test filed. */
    long reviews() {
        return jdbc.sql("SELECT count(*) FROM emergency_plan_review r JOIN emergency_plan p ON p.id = r.plan_id"
                + " WHERE p.filing_number LIKE :tag || '%'").param("tag", tag).query(Long.class).single();
    }

    @Test
    void filesAPlanAndReadsItBack() {
        String enterpriseId = enterprise();
        LocalDate filedOn = TODAY.minusDays(30);

        Answer created = post(plan(enterpriseId, " 321302-2024-0158 ", filedOn, null));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);

        JsonNode read = http.get(PATH + "/" + id).json();
        assertThat(read.path("enterpriseId").asString()).isEqualTo(enterpriseId);
        assertThat(read.path("title").asString()).isEqualTo("生产安全事故综合应急预案");
        assertThat(read.path("type").asString()).isEqualTo("COMPREHENSIVE");
        assertThat(read.path("filingNumber").asString()).isEqualTo(tag + "321302-2024-0158");
        assertThat(read.path("version").asLong()).isZero();
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.path("filedOn").asString()).isEqualTo(filedOn.toString());
        assertThat(read.path("filingAuthority").asString()).isEqualTo("宿迁市宿城区应急管理局");
        assertThat(read.path("reviewDueOn").asString()).isEqualTo(Validity.ofYears(filedOn, 3).lastDay().toString());
        assertThat(read.path("reviews")).isEmpty();
    }

    @Test
    void takesAGivenReviewDateAfterTheFilingDate() {
        String id = filed(enterprise(), "A-1", TODAY, TODAY.plusDays(400));

        assertThat(http.get(PATH + "/" + id).json().path("reviewDueOn").asString())
                .isEqualTo(TODAY.plusDays(400).toString());
    }

    @Test
    void refusesAReviewDateNotAfterTheFilingDateNamingIt() {
        String enterpriseId = enterprise();

        Answer same = post(plan(enterpriseId, "A-1", TODAY, TODAY));
        Answer before = post(plan(enterpriseId, "A-1", TODAY, TODAY.minusDays(1)));

        assertThat(same.status()).isEqualTo(400);
        assertThat(same.invalidFields()).containsExactly("reviewDueOn");
        assertThat(before.invalidFields()).containsExactly("reviewDueOn");
        assertThat(stored()).isZero();
    }

    @Test
    void refusesADuplicateFilingNumberWith409() {
        String enterpriseId = enterprise();
        filed(enterpriseId, "A-1", TODAY, null);

        Answer again = post(plan(enterprise(), "A-1", TODAY, null));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asString()).endsWith("/problems/conflict");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void refusesAnUnknownEnterpriseWith422() {
        Answer answer = post(plan(UUID.randomUUID().toString(), "A-1", TODAY, null));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("type").asString()).endsWith("/problems/unprocessable");
        assertThat(stored()).isZero();
    }

    @Test
    void refusesBadFieldsNamingThem() {
        String enterpriseId = enterprise();

        assertThat(http.post(PATH, "{}").invalidFields())
                .contains("enterpriseId", "title", "type", "filingNumber", "filedOn", "filingAuthority");

        Map<String, Object> unknownType = plan(enterpriseId, "A-1", TODAY, null);
        unknownType.put("type", "REGIONAL");
        Answer type = post(unknownType);
        assertThat(type.invalidFields()).containsExactly("type");
        assertThat(type.json().path("errors").get(0).path("message").asString()).contains("ON_SITE");

        Map<String, Object> longNumber = plan(enterpriseId, "9".repeat(51), TODAY, null);
        assertThat(post(longNumber).invalidFields()).containsExactly("filingNumber");

        assertThat(post(plan(enterpriseId, "A-1", TODAY.plusDays(1), null)).invalidFields()).containsExactly("filedOn");

        Map<String, Object> wrongDate = plan(enterpriseId, "A-1", TODAY, null);
        wrongDate.put("reviewDueOn", "next year");
        assertThat(post(wrongDate).invalidFields()).containsExactly("reviewDueOn");

        assertThat(http.post(PATH, "{\"title\":").status()).isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void recordsAReviewThatMovesTheReviewDate() {
        String id = filed(enterprise(), "A-1", TODAY.minusYears(3), null);
        LocalDate next = TODAY.plusYears(2);

        Answer reviewed = http.post(PATH + "/" + id + "/review", JsonHttp.json(review(TODAY.minusDays(1), next)));

        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().path("reviewDueOn").asString()).isEqualTo(next.toString());
        JsonNode recorded = reviewed.json().path("reviews").get(0);
        assertThat(recorded.path("reviewedOn").asString()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(recorded.path("outcome").asString()).isEqualTo("REVISED");
        assertThat(recorded.path("nextReviewDueOn").asString()).isEqualTo(next.toString());
        assertThat(recorded.path("reviewedBy").asString()).isEqualTo("安全环保部 李娜");

        Answer defaulted = http.post(PATH + "/" + id + "/review", JsonHttp.json(review(TODAY, null)));
        assertThat(defaulted.json().path("reviewDueOn").asString()).isEqualTo(Validity.ofYears(TODAY, 3).lastDay().toString());
        assertThat(http.get(PATH + "/" + id).json().path("reviews")).hasSize(2);
    }

    @Test
    void refusesAReviewWithDatesOutOfOrderNamingTheFieldAndChangingNothing() {
        LocalDate filedOn = TODAY.minusYears(1);
        String id = filed(enterprise(), "A-1", filedOn, null);

        Answer beforeFiling = http.post(PATH + "/" + id + "/review", JsonHttp.json(review(filedOn.minusDays(1), null)));
        assertThat(beforeFiling.status()).isEqualTo(400);
        assertThat(beforeFiling.invalidFields()).containsExactly("reviewedOn");

        Answer nextTooEarly = http.post(PATH + "/" + id + "/review", JsonHttp.json(review(TODAY, TODAY)));
        assertThat(nextTooEarly.status()).isEqualTo(400);
        assertThat(nextTooEarly.invalidFields()).containsExactly("nextReviewDueOn");

        Answer missing = http.post(PATH + "/" + id + "/review", "{}");
        assertThat(missing.invalidFields()).contains("reviewedOn", "outcome", "reviewedBy");

        Map<String, Object> badOutcome = review(TODAY, null);
        badOutcome.put("outcome", "FINE");
        assertThat(http.post(PATH + "/" + id + "/review", JsonHttp.json(badOutcome)).invalidFields())
                .containsExactly("outcome");

        assertThat(reviews()).isZero();
        assertThat(http.get(PATH + "/" + id).json().path("reviewDueOn").asString())
                .isEqualTo(Validity.ofYears(filedOn, 3).lastDay().toString());
    }

    @Test
    void answers404ForAnUnknownPlan() {
        String unknown = PATH + "/" + UUID.randomUUID();

        assertThat(http.get(unknown).status()).isEqualTo(404);
        Answer review = http.post(unknown + "/review", JsonHttp.json(review(TODAY, null)));
        assertThat(review.status()).isEqualTo(404);
        assertThat(review.json().path("type").asString()).endsWith("/problems/not-found");
        assertThat(http.get(PATH + "/nope").invalidFields()).containsExactly("id");
    }

    @Test
    void listsByEnterpriseAndPlansDueForReviewSoonestFirst() {
        String a = enterprise();
        String b = enterprise();
        String overdue = filed(a, "A-1", TODAY.minusYears(1), TODAY.minusDays(3));
        String inTen = filed(a, "A-2", TODAY.minusYears(1), TODAY.plusDays(10));
        String inHundred = filed(b, "B-1", TODAY.minusYears(1), TODAY.plusDays(100));

        assertThat(ids(http.get(PATH + "?enterpriseId=" + a + "&reviewDueWithinDays=30").json()))
                .containsExactly(overdue, inTen);
        assertThat(ids(http.get(PATH + "?enterpriseId=" + a + "&reviewDueWithinDays=0").json())).containsExactly(overdue);
        assertThat(ids(http.get(PATH + "?enterpriseId=" + b + "&reviewDueWithinDays=30").json())).isEmpty();
        assertThat(ids(http.get(PATH + "?enterpriseId=" + b).json())).containsExactly(inHundred);
        assertThat(ids(http.get(PATH + "?enterpriseId=" + a + "&reviewDueWithinDays=5").json())).containsExactly(overdue);

        JsonNode page = http.get(PATH + "?enterpriseId=" + a + "&page=1&size=1").json();
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(ids(page)).containsExactly(inTen);

        List<EmergencyPlan> ofA = filing.plansOf(UUID.fromString(a));
        assertThat(ofA).extracting(EmergencyPlan::filingNumber).containsExactlyInAnyOrder(tag + "A-1", tag + "A-2");
    }

    @Test
    void refusesBadListParametersNamingThem() {
        assertThat(http.get(PATH + "?reviewDueWithinDays=-1").invalidFields()).containsExactly("reviewDueWithinDays");
        assertThat(http.get(PATH + "?reviewDueWithinDays=soon").invalidFields()).containsExactly("reviewDueWithinDays");
        assertThat(http.get(PATH + "?enterpriseId=1").invalidFields()).containsExactly("enterpriseId");
        assertThat(http.get(PATH + "?page=-1").invalidFields()).containsExactly("page");
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
