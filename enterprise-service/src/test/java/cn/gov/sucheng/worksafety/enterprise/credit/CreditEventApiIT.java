package cn.gov.sucheng.worksafety.enterprise.credit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.TestEnterprises;
import cn.gov.sucheng.worksafety.enterprise.credit.application.CreditRegister;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEvent;
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

/** The credit events' REST API against a real PostgreSQL. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class CreditEventApiIT {

    static final String PROBLEM = "application/problem+json";
    static final String EVENTS = "/api/v1/credit-events";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreditRegister register;

    JsonHttp http;
    UUID enterprise;
    LocalDate today;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        enterprise = TestEnterprises.register(http);
        today = register.today();
    }

    static Map<String, Object> event(UUID enterpriseId, String kind, LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>(Map.of("enterpriseId", enterpriseId.toString(), "kind", kind,
                "reason", "未按规定整改重大事故隐患", "sourceCase", "宿城应急罚〔2024〕17号",
                "startDate", start.toString(), "recordedBy", "区应急管理局 王敏"));
        if (end != null) {
            body.put("endDate", end.toString());
        }
        return body;
    }

    Answer create(Map<String, Object> body) {
        return http.post(EVENTS, JsonHttp.json(body));
    }

    String created(Map<String, Object> body) {
        Answer answer = create(body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    long stored() {
        return jdbc.sql("SELECT count(*) FROM credit_event").query(Long.class).single();
    }

    /** The events of this test's enterprise. */
    long storedForEnterprise() {
        return jdbc.sql("SELECT count(*) FROM credit_event WHERE enterprise_id = :enterprise")
                .param("enterprise", enterprise).query(Long.class).single();
    }

    static List<String> ids(Answer page) {
        List<String> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    @Test
    void recordsABlacklistEntryAndReadsItBack() {
        Answer created = create(event(enterprise, "BLACKLIST", today.minusDays(1), today.plusYears(3)));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo(EVENTS + "/" + id);

        Answer read = http.get(EVENTS + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        JsonNode json = read.json();
        assertThat(json.path("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertThat(json.path("kind").asString()).isEqualTo("BLACKLIST");
        assertThat(json.path("source").asString()).isEqualTo("MANUAL");
        assertThat(json.path("state").asString()).isEqualTo("ACTIVE");
        assertThat(json.path("sourceCase").asString()).isEqualTo("宿城应急罚〔2024〕17号");
        assertThat(json.path("startDate").asString()).isEqualTo(today.minusDays(1).toString());
        assertThat(json.path("endDate").asString()).isEqualTo(today.plusYears(3).toString());
        assertThat(json.path("recordedBy").asString()).isEqualTo("区应急管理局 王敏");
        assertThat(json.has("lift")).isFalse();
    }

    @Test
    void listsFilteredByEnterpriseKindStateAndDayInForce() {
        String blacklist = created(event(enterprise, "BLACKLIST", today.minusDays(10), null));
        String endedSuspension = created(event(enterprise, "SUSPENSION_ORDER", today.minusDays(100), today.minusDays(50)));
        String pendingClosure = created(event(enterprise, "CLOSURE_ORDER", today.plusDays(5), null));
        UUID other = TestEnterprises.register(http);
        String otherBlacklist = created(event(other, "BLACKLIST", today.minusDays(1), null));

        Answer ofEnterprise = http.get(EVENTS + "?enterpriseId=" + enterprise);
        assertThat(ofEnterprise.json().path("total").asLong()).isEqualTo(3);
        assertThat(ids(ofEnterprise)).containsExactly(pendingClosure, blacklist, endedSuspension);

        assertThat(ids(http.get(EVENTS + "?kind=BLACKLIST&enterpriseId=" + enterprise))).containsExactly(blacklist);
        assertThat(ids(http.get(EVENTS + "?kind=BLACKLIST&enterpriseId=" + other))).containsExactly(otherBlacklist);
        assertThat(ids(http.get(EVENTS + "?state=ACTIVE&enterpriseId=" + enterprise))).containsExactly(blacklist);
        assertThat(ids(http.get(EVENTS + "?state=ENDED&enterpriseId=" + enterprise))).containsExactly(endedSuspension);
        assertThat(ids(http.get(EVENTS + "?state=PENDING&enterpriseId=" + enterprise))).containsExactly(pendingClosure);
        assertThat(ids(http.get(EVENTS + "?activeOn=" + today.minusDays(60) + "&enterpriseId=" + enterprise)))
                .containsExactly(endedSuspension);
        assertThat(ids(http.get(EVENTS + "?activeOn=" + today.plusDays(5) + "&kind=CLOSURE_ORDER&enterpriseId="
                + enterprise)))
                .containsExactly(pendingClosure);

        Answer firstPage = http.get(EVENTS + "?enterpriseId=" + enterprise + "&size=2");
        assertThat(ids(firstPage)).containsExactly(pendingClosure, blacklist);
        assertThat(firstPage.json().path("page").asInt()).isZero();
        assertThat(firstPage.json().path("size").asInt()).isEqualTo(2);
        assertThat(firstPage.json().path("total").asLong()).isEqualTo(3);
        assertThat(ids(http.get(EVENTS + "?enterpriseId=" + enterprise + "&size=2&page=1")))
                .containsExactly(endedSuspension);
    }

    @Test
    void liftsAnEventAndRefusesASecondLiftWith409() {
        String id = created(event(enterprise, "BLACKLIST", today.minusDays(10), null));

        Answer lifted = http.post(EVENTS + "/" + id + "/lift",
                JsonHttp.json(Map.of("reason", "完成信用修复", "liftedBy", "区应急管理局 李强")));

        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(lifted.json().path("state").asString()).isEqualTo("LIFTED");
        assertThat(lifted.json().path("lift").path("liftedOn").asString()).isEqualTo(today.toString());
        assertThat(lifted.json().path("lift").path("reason").asString()).isEqualTo("完成信用修复");
        assertThat(lifted.json().path("lift").path("liftedBy").asString()).isEqualTo("区应急管理局 李强");
        assertThat(http.get(EVENTS + "/" + id).json().path("state").asString()).isEqualTo("LIFTED");
        assertThat(ids(http.get(EVENTS + "?state=LIFTED&enterpriseId=" + enterprise))).containsExactly(id);
        assertThat(ids(http.get(EVENTS + "?activeOn=" + today + "&enterpriseId=" + enterprise))).isEmpty();
        assertThat(lifted.json().path("version").asLong()).isEqualTo(1);
        assertThat(lifted.header("ETag")).isEqualTo("\"1\"");

        Answer again = http.post(EVENTS + "/" + id + "/lift",
                JsonHttp.json(Map.of("reason", "再次解除", "liftedBy", "区应急管理局 李强")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith(PROBLEM);
        assertThat(again.json().path("type").asString()).endsWith("/problems/conflict");
        assertThat(http.get(EVENTS + "/" + id).json().path("lift").path("reason").asString()).isEqualTo("完成信用修复");
    }

    @Test
    void refusesToLiftAnEndedEventWith409() {
        String id = created(event(enterprise, "SUSPENSION_ORDER", today.minusDays(100), today.minusDays(50)));

        Answer answer = http.post(EVENTS + "/" + id + "/lift",
                JsonHttp.json(Map.of("reason", "复产", "liftedBy", "李强")));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().path("detail").asString()).contains("ended");
    }

    @Test
    void answers404ForAnUnknownEventAnd400ForANonUuid() {
        String unknown = EVENTS + "/" + UUID.randomUUID();
        assertThat(http.get(unknown).status()).isEqualTo(404);
        Answer liftUnknown = http.post(unknown + "/lift", JsonHttp.json(Map.of("reason", "复产", "liftedBy", "李强")));
        assertThat(liftUnknown.status()).isEqualTo(404);
        assertThat(liftUnknown.json().path("type").asString()).endsWith("/problems/not-found");

        Answer notAnId = http.get(EVENTS + "/not-a-uuid");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.invalidFields()).containsExactly("id");
    }

    @Test
    void answers422ForAnUnknownEnterpriseAndStoresNothing() {
        long before = stored();
        Answer answer = create(event(UUID.randomUUID(), "BLACKLIST", today, null));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.json().path("type").asString()).endsWith("/problems/unprocessable");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void namesEveryMissingField() {
        Answer answer = create(Map.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidFields()).contains("enterpriseId", "kind", "reason", "startDate", "recordedBy");
    }

    @Test
    void namesTheEndDateWhenItIsOutOfOrderOrBreaksTheKindsRule() {
        Answer beforeStart = create(event(enterprise, "BLACKLIST", today, today.minusDays(1)));
        assertThat(beforeStart.status()).isEqualTo(400);
        assertThat(beforeStart.json().path("type").asString()).endsWith("/problems/validation");
        assertThat(beforeStart.invalidFields()).containsExactly("endDate");

        assertThat(create(event(enterprise, "SUSPENSION_ORDER", today, null)).invalidFields())
                .containsExactly("endDate");
        assertThat(create(event(enterprise, "CLOSURE_ORDER", today, today.plusDays(1))).invalidFields())
                .containsExactly("endDate");

        Map<String, Object> withoutCase = event(enterprise, "BLACKLIST", today, null);
        withoutCase.remove("sourceCase");
        assertThat(create(withoutCase).invalidFields()).containsExactly("sourceCase");
        assertThat(storedForEnterprise()).isZero();
    }

    @Test
    void namesWrongTypesUnknownKindsAndOversizedTexts() {
        Map<String, Object> badKind = event(enterprise, "BLACKLIST", today, null);
        badKind.put("kind", "WARNING");
        Answer kind = create(badKind);
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.invalidFields()).containsExactly("kind");
        assertThat(kind.json().path("errors").get(0).path("message").asString()).contains("SUSPENSION_ORDER");

        Map<String, Object> badDate = event(enterprise, "BLACKLIST", today, null);
        badDate.put("startDate", "2024-13-01");
        assertThat(create(badDate).invalidFields()).containsExactly("startDate");

        Map<String, Object> longReason = event(enterprise, "BLACKLIST", today, null);
        longReason.put("reason", "因".repeat(501));
        assertThat(create(longReason).invalidFields()).containsExactly("reason");

        Answer emptyLift = http.post(EVENTS + "/" + UUID.randomUUID() + "/lift", "{}");
        assertThat(emptyLift.status()).isEqualTo(400);
        assertThat(emptyLift.invalidFields()).contains("reason", "liftedBy");
        assertThat(storedForEnterprise()).isZero();
    }

    @Test
    void namesBadQueryParameters() {
        assertThat(http.get(EVENTS + "?activeOn=yesterday").invalidFields()).containsExactly("activeOn");
        assertThat(http.get(EVENTS + "?kind=WARNING").invalidFields()).containsExactly("kind");
        assertThat(http.get(EVENTS + "?state=OPEN").invalidFields()).containsExactly("state");
        assertThat(http.get(EVENTS + "?enterpriseId=42").invalidFields()).containsExactly("enterpriseId");
        assertThat(http.get(EVENTS + "?size=0").invalidFields()).containsExactly("size");
        assertThat(http.get(EVENTS + "?page=-1").invalidFields()).containsExactly("page");
    }

    @Test
    void answersTheProfilesAndTheRegistrysQueries() {
        String blacklist = created(event(enterprise, "BLACKLIST", today.minusDays(10), today.plusDays(10)));
        String suspension = created(event(enterprise, "SUSPENSION_ORDER", today.minusDays(100), today.minusDays(50)));

        assertThat(register.creditOf(enterprise)).extracting(CreditEvent::id)
                .containsExactly(UUID.fromString(blacklist), UUID.fromString(suspension));
        assertThat(register.creditOf(UUID.randomUUID())).isEmpty();
        assertThat(register.isBlacklisted(enterprise, today)).isTrue();
        assertThat(register.isBlacklisted(enterprise, today.minusDays(11))).isFalse();
        assertThat(register.isBlacklisted(enterprise, today.plusDays(11))).isFalse();

        http.post(EVENTS + "/" + blacklist + "/lift", JsonHttp.json(Map.of("reason", "信用修复", "liftedBy", "李强")));

        assertThat(register.isBlacklisted(enterprise, today)).isFalse();
        assertThat(register.isBlacklisted(enterprise, today.minusDays(1))).isTrue();
    }

    @Test
    void publishesItsPathsInTheOpenApiDocument() {
        JsonNode paths = http.get("/v3/api-docs").json().path("paths");

        assertThat(paths.has(EVENTS)).isTrue();
        assertThat(paths.has(EVENTS + "/{id}")).isTrue();
        assertThat(paths.has(EVENTS + "/{id}/lift")).isTrue();
    }
}
