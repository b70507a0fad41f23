package cn.gov.sucheng.worksafety.enterprise.insurance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.TestEnterprises;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The liability insurance API against a real PostgreSQL. Every test registers its own enterprises and
 * policies under fresh numbers, and looks only for those, so rows of other tests do not matter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class LiabilityInsuranceApiIT {

    static final String PATH = "/api/v1/liability-insurance-policies";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    JsonHttp http;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
    }

    static Map<String, Object> policy(UUID enterpriseId, String number, LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterpriseId.toString());
        body.put("policyNumber", number);
        body.put("insurer", "中国人民财产保险股份有限公司宿迁市分公司");
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        body.put("premium", 12800.00);
        body.put("insuredAmountPerPerson", 800000);
        body.put("actor", "王科长");
        return body;
    }

    static String number() {
        return "PZAB" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    String recorded(UUID enterpriseId, LocalDate startsOn, LocalDate endsOn) {
        Answer created = http.post(PATH, JsonHttp.json(policy(enterpriseId, number(), startsOn, endsOn)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    @Test
    void recordsAPolicyAndReadsItBackWithItsStateAndVersion() {
        UUID enterpriseId = TestEnterprises.register(http);
        String number = number();

        Answer created = http.post(PATH, JsonHttp.json(policy(enterpriseId, " " + number + " ", TODAY.minusMonths(1),
                TODAY.plusMonths(11))));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        Answer read = http.get(PATH + "/" + id);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        JsonNode json = read.json();
        assertThat(json.path("enterpriseId").asString()).isEqualTo(enterpriseId.toString());
        assertThat(json.path("policyNumber").asString()).isEqualTo(number);
        assertThat(json.path("insurer").asString()).isEqualTo("中国人民财产保险股份有限公司宿迁市分公司");
        assertThat(json.path("startsOn").asString()).isEqualTo(TODAY.minusMonths(1).toString());
        assertThat(json.path("endsOn").asString()).isEqualTo(TODAY.plusMonths(11).toString());
        assertThat(json.path("premium").decimalValue()).isEqualByComparingTo("12800");
        assertThat(json.path("insuredAmountPerPerson").decimalValue()).isEqualByComparingTo("800000");
        assertThat(json.path("state").asString()).isEqualTo("IN_FORCE");
        assertThat(json.path("allowedActions").get(0).asString()).isEqualTo("cancel");
        assertThat(json.path("recordedBy").asString()).isEqualTo("王科长");
        assertThat(json.hasNonNull("cancellation")).isFalse();
    }

    @Test
    void listsAnEnterprisesPoliciesAndThoseInForceOnADay() {
        UUID enterpriseId = TestEnterprises.register(http);
        String last = recorded(enterpriseId, TODAY.minusYears(1), TODAY.minusDays(1));
        String current = recorded(enterpriseId, TODAY, TODAY.plusYears(1).minusDays(1));
        String next = recorded(enterpriseId, TODAY.plusYears(1), TODAY.plusYears(2).minusDays(1));

        JsonNode all = http.get(PATH + "?enterpriseId=" + enterpriseId).json();
        assertThat(ids(all)).containsExactly(next, current, last);
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(ids(http.get(PATH + "?enterpriseId=" + enterpriseId + "&inForceOn=" + TODAY).json()))
                .containsExactly(current);
        assertThat(ids(http.get(PATH + "?enterpriseId=" + enterpriseId + "&inForceOn=" + TODAY.minusDays(1)).json()))
                .containsExactly(last);
        assertThat(http.get(PATH + "/" + last).json().path("state").asString()).isEqualTo("EXPIRED");
        assertThat(http.get(PATH + "/" + next).json().path("state").asString()).isEqualTo("PENDING");
        JsonNode paged = http.get(PATH + "?enterpriseId=" + enterpriseId + "&page=1&size=2").json();
        assertThat(ids(paged)).containsExactly(last);
        assertThat(paged.path("total").asLong()).isEqualTo(3);
    }

    @Test
    void aCancellationBasedOnAStaleETagIsRefusedWith412AndChangesNothing() {
        String id = recorded(TestEnterprises.register(http), TODAY.minusMonths(2), TODAY.plusMonths(10));
        String body = JsonHttp.json(Map.of("effectiveOn", TODAY.toString(), "reason", "企业停产退保", "actor", "王科长"));

        Answer stale = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH + "/" + id + "/cancel"))
                .header("Content-Type", "application/json").header("If-Match", "\"7\"")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.json().path("type").asString()).endsWith("/problems/precondition-failed");
        assertThat(stale.json().path("currentVersion").asLong()).isZero();
        assertThat(http.get(PATH + "/" + id).json().path("state").asString()).isEqualTo("IN_FORCE");

        Answer current = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH + "/" + id + "/cancel"))
                .header("Content-Type", "application/json").header("If-Match", "\"0\"")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aCancelledPolicyNoLongerCoversFromItsDay() {
        UUID enterpriseId = TestEnterprises.register(http);
        String id = recorded(enterpriseId, TODAY.minusMonths(2), TODAY.plusMonths(10));

        Answer cancelled = http.post(PATH + "/" + id + "/cancel", JsonHttp.json(Map.of(
                "effectiveOn", TODAY.toString(), "reason", "企业停产退保", "actor", "王科长")));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.header("ETag")).isEqualTo("\"1\"");
        assertThat(cancelled.json().path("state").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("allowedActions")).isEmpty();
        JsonNode read = http.get(PATH + "/" + id).json();
        assertThat(read.path("cancellation").path("effectiveOn").asString()).isEqualTo(TODAY.toString());
        assertThat(read.path("cancellation").path("reason").asString()).isEqualTo("企业停产退保");
        assertThat(read.path("version").asLong()).isEqualTo(1);
        assertThat(ids(http.get(PATH + "?enterpriseId=" + enterpriseId + "&inForceOn=" + TODAY).json())).isEmpty();
        assertThat(ids(http.get(PATH + "?enterpriseId=" + enterpriseId + "&inForceOn=" + TODAY.minusDays(1)).json()))
                .containsExactly(id);
    }

    @Test
    void listsTheHighRiskEnterprisesWithoutCoverInForce() {
        UUID covered = TestEnterprises.register(http, "HAZARDOUS_CHEMICALS");
        recorded(covered, TODAY.minusMonths(1), TODAY.plusMonths(11));
        UUID lapsed = TestEnterprises.register(http, "CONSTRUCTION");
        recorded(lapsed, TODAY.minusYears(1), TODAY.minusDays(1));
        UUID cancelled = TestEnterprises.register(http, "ROAD_TRANSPORT");
        String policy = recorded(cancelled, TODAY.minusMonths(1), TODAY.plusMonths(11));
        assertThat(http.post(PATH + "/" + policy + "/cancel", JsonHttp.json(Map.of("effectiveOn", TODAY.toString(),
                "reason", "退保", "actor", "王科长"))).status()).isEqualTo(200);
        UUID neverInsured = TestEnterprises.register(http, "METALLURGY_INDUSTRY_TRADE");
        UUID notHighRisk = TestEnterprises.register(http, "FIRE_SAFETY");

        Set<String> uncoveredToday = uncoveredOn(TODAY);
        assertThat(uncoveredToday).contains(lapsed.toString(), cancelled.toString(), neverInsured.toString())
                .doesNotContain(covered.toString(), notHighRisk.toString());

        Set<String> uncoveredYesterday = uncoveredOn(TODAY.minusDays(1));
        assertThat(uncoveredYesterday).contains(neverInsured.toString())
                .doesNotContain(covered.toString(), lapsed.toString(), cancelled.toString(), notHighRisk.toString());
    }

    @Test
    void refusesBadInputNamingTheFields() {
        Answer empty = http.post(PATH, "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.invalidFields()).contains("enterpriseId", "policyNumber", "insurer", "startsOn", "endsOn",
                "premium", "insuredAmountPerPerson", "actor");

        Map<String, Object> negative = policy(UUID.randomUUID(), number(), TODAY, TODAY.plusYears(1));
        negative.put("premium", -1);
        negative.put("insuredAmountPerPerson", 0);
        assertThat(http.post(PATH, JsonHttp.json(negative)).invalidFields())
                .containsExactlyInAnyOrder("premium", "insuredAmountPerPerson");

        Map<String, Object> notADate = policy(UUID.randomUUID(), number(), TODAY, TODAY.plusYears(1));
        notADate.put("startsOn", "next spring");
        Answer malformed = http.post(PATH, JsonHttp.json(notADate));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.invalidFields()).containsExactly("startsOn");

        assertThat(http.get(PATH + "?inForceOn=today").invalidFields()).containsExactly("inForceOn");
        assertThat(http.get(PATH + "?size=0").invalidFields()).containsExactly("size");
        assertThat(http.get(PATH + "/uncovered-enterprises?on=soon").invalidFields()).containsExactly("on");

        UUID enterpriseId = TestEnterprises.register(http);
        String id = recorded(enterpriseId, TODAY, TODAY.plusYears(1));
        assertThat(http.post(PATH + "/" + id + "/cancel", "{}").invalidFields())
                .containsExactlyInAnyOrder("effectiveOn", "reason", "actor");
    }

    Set<String> uncoveredOn(LocalDate day) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode json = http.get(PATH + "/uncovered-enterprises?on=" + day + "&size=200&page=" + page).json();
            json.path("items").forEach(e -> ids.add(e.path("id").asString()));
            if ((long) (page + 1) * 200 >= json.path("total").asLong()) {
                return ids;
            }
        }
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
