package cn.gov.sucheng.worksafety.enterprise.licence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.sucheng.worksafety.enterprise.licence.application.LicenceAdministration;
import cn.gov.sucheng.worksafety.enterprise.licence.application.LicenceSummary;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceState;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Codes;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The licence API against a real PostgreSQL, on a fixed day: 2026-06-15 in Sucheng. With the default terms
 * (3 years, window 3 months) a licence issued on date D expires on D − 1 day + 3 years.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class LicenceApiIT {

    static final String PROBLEM = "application/problem+json";
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @TestConfiguration
    static class FixedDay {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LicenceAdministration administration;

    JsonHttp http;
    String enterpriseId;
    // Licence numbers are never reused, not even across runs: every test's numbers start with its own tag.
    String tag;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        enterpriseId = registerEnterprise();
        tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36) + "/";
    }

    // Every test registers its own enterprise under a fresh code and asserts on its own records only.
    String registerEnterprise() {
        StringBuilder first17 = new StringBuilder("91321302");
        for (int i = 0; i < 9; i++) {
            first17.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        String code = first17.toString() + Codes.checkCharacter(first17.toString());
        Answer created = http.post("/api/v1/enterprises", JsonHttp.json(Map.of("creditCode", code,
                "name", "宿迁市恒安化工有限公司", "town", "耿车镇", "industryArea", "HAZARDOUS_CHEMICALS")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    static Map<String, Object> licence(String enterpriseId, String number, String issuedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("number", number);
        body.put("scope", "危险化学品生产：硫酸(30万吨/年)");
        body.put("issuingAuthority", "江苏省应急管理厅");
        body.put("issuedOn", issuedOn);
        body.put("actor", "王科长");
        return body;
    }

    String issue(String number, String issuedOn) {
        Answer created = http.post("/api/v1/licences", JsonHttp.json(licence(enterpriseId, tag + number, issuedOn)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    Answer act(String id, String action, Map<String, Object> body) {
        return http.post("/api/v1/licences/" + id + "/" + action, JsonHttp.json(body));
    }

    static Map<String, Object> by(String actor, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actor", actor);
        body.put("reason", reason);
        return body;
    }

    static Map<String, Object> renewal(boolean fatalAccident) {
        Map<String, Object> body = by("王科长", "延期申请 2026-0042");
        body.put("fatalAccidentInPeriod", fatalAccident);
        return body;
    }

    static List<String> numbers(Answer list) {
        List<String> numbers = new ArrayList<>();
        list.json().path("items")
                .forEach(i -> numbers.add(i.path("number").asString().replaceFirst("^[0-9a-z]+/", "")));
        return numbers;
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** The history entries of this test's enterprise's licences. */
    long events() {
        return jdbc.sql("SELECT count(*) FROM licence_event ev JOIN licence l ON l.id = ev.licence_id"
                + " WHERE l.enterprise_id = :enterpriseId").param("enterpriseId", UUID.fromString(enterpriseId))
                .query(Long.class).single();
    }

    static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.json().path("type").asString()).endsWith("/problems/" + type);
    }

    @Test
    void issuesALicenceForThreeYearsAndReadsItBack() {
        Answer created = http.post("/api/v1/licences",
                JsonHttp.json(licence(enterpriseId, " (苏)WH安许证字[" + tag + "N00001] ", "2026-01-10")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/licences/" + id);

        JsonNode read = http.get("/api/v1/licences/" + id).json();
        assertThat(read.path("enterpriseId").asString()).isEqualTo(enterpriseId);
        assertThat(read.path("number").asString()).isEqualTo("(苏)WH安许证字[" + tag + "N00001]");
        assertThat(read.path("scope").asString()).isEqualTo("危险化学品生产：硫酸(30万吨/年)");
        assertThat(read.path("issuingAuthority").asString()).isEqualTo("江苏省应急管理厅");
        assertThat(read.path("issuedOn").asString()).isEqualTo("2026-01-10");
        assertThat(read.path("expiresOn").asString()).isEqualTo("2029-01-09");
        assertThat(read.path("renewalOpensOn").asString()).isEqualTo("2028-10-09");
        assertThat(read.path("state").asString()).isEqualTo("VALID");
        assertThat(read.path("version").asLong()).isZero();
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(http.get("/api/v1/licences/" + id).header("ETag")).isEqualTo("\"0\"");

        JsonNode events = http.get("/api/v1/licences/" + id + "/events").json();
        assertThat(events.path("total").asLong()).isEqualTo(1);
        assertThat(events.path("items").get(0).path("action").asString()).isEqualTo("ISSUE");
        assertThat(events.path("items").get(0).path("actor").asString()).isEqualTo("王科长");
        assertThat(events.path("items").get(0).path("expiresOn").asString()).isEqualTo("2029-01-09");
        assertThat(events.path("items").get(0).path("occurredAt").asString()).startsWith("2026-06-15T");
    }

    @Test
    void derivesEveryStateFromTheDatesAndTheActions() {
        String valid = issue("VALID", "2026-01-10");
        String expiring = issue("EXPIRING", "2023-08-01");     // expires 2026-07-31, window opened 2026-04-30
        String expired = issue("EXPIRED", "2023-06-10");       // expired 2026-06-09
        String suspended = issue("SUSPENDED", "2025-01-01");
        String revoked = issue("REVOKED", "2025-02-01");
        act(suspended, "suspend", by("王科长", "重大事故隐患未整改"));
        act(revoked, "revoke", by("王科长", "非法转让许可证"));

        assertThat(http.get("/api/v1/licences/" + valid).json().path("state").asString()).isEqualTo("VALID");
        assertThat(http.get("/api/v1/licences/" + expiring).json().path("state").asString()).isEqualTo("EXPIRING");
        assertThat(http.get("/api/v1/licences/" + expired).json().path("state").asString()).isEqualTo("EXPIRED");
        assertThat(http.get("/api/v1/licences/" + suspended).json().path("state").asString()).isEqualTo("SUSPENDED");
        assertThat(http.get("/api/v1/licences/" + revoked).json().path("state").asString()).isEqualTo("REVOKED");

        for (String state : List.of("VALID", "EXPIRING", "EXPIRED", "SUSPENDED", "REVOKED")) {
            Answer list = http.get("/api/v1/licences?enterpriseId=" + enterpriseId + "&state=" + state);
            assertThat(list.status()).isEqualTo(200);
            assertThat(numbers(list)).as(state).containsExactly(state);
        }
    }

    @Test
    void listsByEnterpriseSoonestExpiryFirstInPages() {
        long before = http.get("/api/v1/licences").json().path("total").asLong();
        issue("A-2026", "2026-01-10");
        issue("A-2023", "2023-08-01");
        issue("A-2025", "2025-05-01");
        String other = enterpriseId;
        enterpriseId = registerEnterprise();
        issue("B-2026", "2026-02-01");

        Answer all = http.get("/api/v1/licences?enterpriseId=" + other);
        assertThat(numbers(all)).containsExactly("A-2023", "A-2025", "A-2026");
        assertThat(all.json().path("total").asLong()).isEqualTo(3);

        Answer second = http.get("/api/v1/licences?enterpriseId=" + other + "&page=1&size=2");
        assertThat(numbers(second)).containsExactly("A-2026");
        assertThat(second.json().path("page").asInt()).isEqualTo(1);
        assertThat(second.json().path("size").asInt()).isEqualTo(2);
        assertThat(second.json().path("total").asLong()).isEqualTo(3);

        assertThat(http.get("/api/v1/licences").json().path("total").asLong()).isEqualTo(before + 4);
        assertThat(http.get("/api/v1/licences?enterpriseId=" + UUID.randomUUID()).json().path("total").asLong())
                .isZero();
    }

    @Test
    void listsLicencesInForceExpiringWithinSomeDaysForReminders() {
        issue("today", "2023-06-16");            // expires 2026-06-15, today
        issue("in-46-days", "2023-08-01");       // expires 2026-07-31
        issue("in-96-days", "2023-09-20");       // expires 2026-09-19, still VALID
        issue("expired", "2023-06-10");          // expired 2026-06-09
        issue("far", "2026-01-10");
        String suspended = issue("suspended", "2023-07-01"); // expires 2026-06-30
        act(suspended, "suspend", by("王科长", "停产整顿"));

        String mine = "/api/v1/licences?enterpriseId=" + enterpriseId;
        assertThat(numbers(http.get(mine + "&expiringWithinDays=0"))).containsExactly("today");
        assertThat(numbers(http.get(mine + "&expiringWithinDays=60"))).containsExactly("today", "in-46-days");
        assertThat(numbers(http.get(mine + "&expiringWithinDays=100")))
                .containsExactly("today", "in-46-days", "in-96-days");
        assertThat(numbers(http.get(mine + "&expiringWithinDays=100&state=VALID")))
                .containsExactly("in-96-days");
        assertThat(numbers(http.get("/api/v1/licences?expiringWithinDays=100&enterpriseId=" + UUID.randomUUID())))
                .isEmpty();
    }

    @Test
    void summarisesTheLicencesOfOneEnterpriseForItsProfile() {
        issue("old", "2023-06-10");
        issue("new", "2026-01-10");
        String mine = enterpriseId;
        enterpriseId = registerEnterprise();
        issue("someone else's", "2026-01-10");

        List<LicenceSummary> summaries = administration.licencesOf(UUID.fromString(mine));

        assertThat(summaries).extracting(LicenceSummary::number).containsExactly(tag + "new", tag + "old");
        assertThat(summaries).extracting(LicenceSummary::state).containsExactly(LicenceState.VALID, LicenceState.EXPIRED);
        assertThat(administration.licencesOf(UUID.randomUUID())).isEmpty();
    }

    @Test
    void renewsAnExpiringLicenceForThreeMoreYears() {
        String id = issue("E", "2023-08-01");

        Answer renewed = act(id, "renew", renewal(false));

        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        assertThat(renewed.json().path("expiresOn").asString()).isEqualTo("2029-07-31");
        assertThat(renewed.json().path("state").asString()).isEqualTo("VALID");
        assertThat(renewed.json().path("version").asLong()).isEqualTo(1);
        JsonNode last = http.get("/api/v1/licences/" + id + "/events").json().path("items").get(1);
        assertThat(last.path("action").asString()).isEqualTo("RENEW");
        assertThat(last.path("reason").asString()).isEqualTo("延期申请 2026-0042");
        assertThat(last.path("expiresOn").asString()).isEqualTo("2029-07-31");
    }

    @Test
    void refusesRenewalOutsideTheWindowOrAfterAFatalAccidentWritingNothing() {
        String valid = issue("V", "2026-01-10");
        String expiring = issue("E", "2023-08-01");
        String expired = issue("X", "2023-06-10");

        Answer early = act(valid, "renew", renewal(false));
        assertProblem(early, 409, "conflict");
        assertThat(early.json().path("detail").asString()).contains("2028-10-09");

        Answer fatal = act(expiring, "renew", renewal(true));
        assertProblem(fatal, 409, "conflict");
        assertThat(fatal.json().path("detail").asString()).contains("re-examination");

        Answer late = act(expired, "renew", renewal(false));
        assertProblem(late, 409, "conflict");
        assertThat(late.json().path("detail").asString()).contains("new licence");

        assertThat(http.get("/api/v1/licences/" + expiring).json().path("expiresOn").asString()).isEqualTo("2026-07-31");
        assertThat(events()).isEqualTo(3);
    }

    @Test
    void suspendsReinstatesAndRevokesRecordingWhoWhenAndWhy() {
        String id = issue("S", "2025-01-01");

        Answer suspended = act(id, "suspend", by("李队长", "重大事故隐患未按期整改"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.json().path("state").asString()).isEqualTo("SUSPENDED");
        assertProblem(act(id, "suspend", by("李队长", "再次暂扣")), 409, "conflict");

        Answer reinstated = act(id, "reinstate", by("李队长", null));
        assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(200);
        assertThat(reinstated.json().path("state").asString()).isEqualTo("VALID");
        assertProblem(act(id, "reinstate", by("李队长", null)), 409, "conflict");

        Answer revoked = act(id, "revoke", by("张局长", "发生较大事故"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().path("state").asString()).isEqualTo("REVOKED");
        assertProblem(act(id, "revoke", by("张局长", "再次吊销")), 409, "conflict");
        assertProblem(act(id, "reinstate", by("张局长", null)), 409, "conflict");
        assertProblem(act(id, "suspend", by("张局长", "暂扣")), 409, "conflict");
        assertProblem(act(id, "renew", renewal(false)), 409, "conflict");

        JsonNode events = http.get("/api/v1/licences/" + id + "/events").json();
        assertThat(events.path("total").asLong()).isEqualTo(4);
        List<String> history = new ArrayList<>();
        events.path("items").forEach(e -> history.add(e.path("action").asString() + " " + e.path("actor").asString()
                + " " + (e.has("reason") ? e.path("reason").asString() : "-")));
        assertThat(history).containsExactly("ISSUE 王科长 -", "SUSPEND 李队长 重大事故隐患未按期整改",
                "REINSTATE 李队长 -", "REVOKE 张局长 发生较大事故");

        Answer page = http.get("/api/v1/licences/" + id + "/events?page=1&size=3");
        assertThat(page.json().path("items").size()).isEqualTo(1);
        assertThat(page.json().path("total").asLong()).isEqualTo(4);
    }

    @Test
    void revokesASuspendedLicence() {
        String id = issue("S", "2025-01-01");
        act(id, "suspend", by("李队长", "停产整顿"));

        assertThat(act(id, "revoke", by("张局长", "逾期未整改")).json().path("state").asString()).isEqualTo("REVOKED");
    }

    @Test
    void refusesADuplicateNumberWith409WritingNothing() {
        issue("(苏)WH安许证字[N00001]", "2026-01-10");
        enterpriseId = registerEnterprise();

        Answer again = http.post("/api/v1/licences",
                JsonHttp.json(licence(enterpriseId, tag + "(苏)WH安许证字[N00001]", "2025-01-01")));

        assertProblem(again, 409, "conflict");
        assertThat(http.get("/api/v1/licences?enterpriseId=" + enterpriseId).json().path("total").asLong()).isZero();
        assertThat(events()).isZero();
    }

    @Test
    void refusesAnUnknownEnterpriseWith422() {
        long licences = count("licence");
        long events = count("licence_event");

        Answer answer = http.post("/api/v1/licences",
                JsonHttp.json(licence(UUID.randomUUID().toString(), "N1", "2026-01-10")));

        assertProblem(answer, 422, "unprocessable");
        assertThat(count("licence")).isEqualTo(licences);
        assertThat(count("licence_event")).isEqualTo(events);
    }

    @Test
    void answers404ForAnUnknownLicence() {
        long events = count("licence_event");
        String unknown = UUID.randomUUID().toString();

        assertProblem(http.get("/api/v1/licences/" + unknown), 404, "not-found");
        assertProblem(http.get("/api/v1/licences/" + unknown + "/events"), 404, "not-found");
        assertProblem(act(unknown, "suspend", by("李队长", "停产整顿")), 404, "not-found");
        assertProblem(act(unknown, "renew", renewal(false)), 404, "not-found");
        assertThat(count("licence_event")).isEqualTo(events);
    }

    @Test
    void namesEveryMissingField() {
        long licences = count("licence");
        Answer answer = http.post("/api/v1/licences", "{}");

        assertProblem(answer, 400, "validation");
        assertThat(answer.invalidFields())
                .containsExactlyInAnyOrder("enterpriseId", "number", "scope", "issuingAuthority", "issuedOn", "actor");
        assertThat(count("licence")).isEqualTo(licences);
    }

    @Test
    void namesAMalformedAFutureDateAndAWrongId() {
        Answer malformed = http.post("/api/v1/licences", JsonHttp.json(licence(enterpriseId, "N1", "2026-13-01")));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.invalidFields()).containsExactly("issuedOn");

        Answer future = http.post("/api/v1/licences", JsonHttp.json(licence(enterpriseId, "N1", "2026-06-16")));
        assertProblem(future, 400, "validation");
        assertThat(future.invalidFields()).containsExactly("issuedOn");

        Answer notAnId = http.post("/api/v1/licences", JsonHttp.json(licence("enterprise-1", "N1", "2026-01-10")));
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.invalidFields()).containsExactly("enterpriseId");

        assertThat(http.get("/api/v1/licences?enterpriseId=" + enterpriseId).json().path("total").asLong()).isZero();
    }

    @Test
    void namesOversizedFields() {
        Map<String, Object> body = licence(enterpriseId, "N".repeat(101), "2026-01-10");
        body.put("actor", "王".repeat(101));
        body.put("scope", "硫".repeat(501));

        Answer answer = http.post("/api/v1/licences", JsonHttp.json(body));

        assertProblem(answer, 400, "validation");
        assertThat(answer.invalidFields()).containsExactlyInAnyOrder("number", "actor", "scope");
    }

    @Test
    void namesTheMissingFieldsOfActions() {
        String id = issue("S", "2025-01-01");

        Answer noReason = act(id, "suspend", by("李队长", " "));
        assertProblem(noReason, 400, "validation");
        assertThat(noReason.invalidFields()).containsExactly("reason");

        Answer noActor = act(id, "revoke", by(null, "非法转让"));
        assertThat(noActor.invalidFields()).containsExactly("actor");

        Answer longActor = act(id, "reinstate", by("李".repeat(101), null));
        assertThat(longActor.invalidFields()).containsExactly("actor");

        Answer noFatalAccidentAnswer = act(id, "renew", by("李队长", null));
        assertThat(noFatalAccidentAnswer.invalidFields()).containsExactly("fatalAccidentInPeriod");

        Answer notABoolean = http.post("/api/v1/licences/" + id + "/renew",
                "{\"actor\":\"李队长\",\"fatalAccidentInPeriod\":\"maybe\"}");
        assertThat(notABoolean.status()).isEqualTo(400);
        assertThat(notABoolean.invalidFields()).containsExactly("fatalAccidentInPeriod");

        assertProblem(act("not-a-uuid", "suspend", by("李队长", "停产整顿")), 400, "validation");
        assertThat(events()).isEqualTo(1);
        assertThat(http.get("/api/v1/licences/" + id).json().path("state").asString()).isEqualTo("VALID");
    }

    @Test
    void namesBadListParameters() {
        Answer state = http.get("/api/v1/licences?state=LAPSED");
        assertProblem(state, 400, "validation");
        assertThat(state.invalidFields()).containsExactly("state");

        assertThat(http.get("/api/v1/licences?expiringWithinDays=-1").invalidFields())
                .containsExactly("expiringWithinDays");
        assertThat(http.get("/api/v1/licences?expiringWithinDays=soon").invalidFields())
                .containsExactly("expiringWithinDays");
        assertThat(http.get("/api/v1/licences?enterpriseId=42").invalidFields()).containsExactly("enterpriseId");
        assertThat(http.get("/api/v1/licences?size=0").invalidFields()).containsExactly("size");
    }

    @Test
    void publishesItsPathsInTheOpenApiDocument() {
        JsonNode paths = http.get("/v3/api-docs").json().path("paths");

        assertThat(paths.has("/api/v1/licences")).isTrue();
        assertThat(paths.has("/api/v1/licences/{id}/renew")).isTrue();
        assertThat(paths.has("/api/v1/licences/{id}/events")).isTrue();
    }
}
