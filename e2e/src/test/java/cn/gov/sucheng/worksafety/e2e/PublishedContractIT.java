package cn.gov.sucheng.worksafety.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.TestCreditCodes;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client generated from the published document relies on, checked on real calls through the gateway: every
 * answer is one the document promises for that operation. Its status is listed (or falls under {@code default}), its
 * media type is listed, its body is valid against the schema given there (JSON Schema 2020-12, which OpenAPI 3.1
 * uses), a 201 carries the {@code Location} it documents, and a problem names the request id it was answered with.
 * Creates, reads, lists, actions, deletes, the GeoJSON map, search, and the errors a client meets (400, 404, 409,
 * 412, 415).
 */
class PublishedContractIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    // OpenAPI 3.1's dialect of JSON Schema 2020-12; the document's components ride along for the references.
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialect.builder(Dialects.getOpenApi31())
            .keyword(new NonValidationKeyword("components")).build());
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static JsonNode document;

    final JsonHttp gateway = new JsonHttp(Suite.gateway(), Duration.ofSeconds(60));

    @BeforeAll
    static void readTheDocument() {
        Suite.started();
        Answer doc = new JsonHttp(Suite.gateway(), Duration.ofSeconds(90)).anonymous().get("/v3/api-docs");
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        document = doc.json();
    }

    @Test
    void anEnterpriseFromRegistrationToDeletionIsAnsweredAsDocumented() {
        String body = JsonHttp.json(Map.of("creditCode", TestCreditCodes.random(),
                "name", "宿迁市宿城区契约检验有限公司",
                "town", "耿车镇", "industryArea", "OTHER", "latitude", 33.95, "longitude", 118.21));
        Answer created = conforms("POST", "/api/v1/enterprises", gateway.post("/api/v1/enterprises", body), 201);
        String id = created.json().path("id").asString();

        conforms("GET", "/api/v1/enterprises/{id}", gateway.get("/api/v1/enterprises/" + id), 200);
        conforms("GET", "/api/v1/enterprises", gateway.get("/api/v1/enterprises?town=" + enc("耿车镇") + "&size=5"),
                200);
        conforms("GET", "/api/v1/enterprises/{id}/profile", gateway.get("/api/v1/enterprises/" + id + "/profile"), 200);
        // Registered with coordinates and never assessed: on the map with riskColour null.
        Answer map = conforms("GET", "/api/v1/risk-map", gateway.get("/api/v1/risk-map?industryArea=OTHER"), 200);
        assertThat(map.body()).contains("\"riskColour\":null");

        conforms("POST", "/api/v1/enterprises", gateway.post("/api/v1/enterprises", body), 409);
        conforms("POST", "/api/v1/enterprises", gateway.post("/api/v1/enterprises", "{\"name\":\"x\"}"), 400);
        conforms("GET", "/api/v1/enterprises/{id}", gateway.get("/api/v1/enterprises/" + UUID.randomUUID()), 404);
        conforms("PUT", "/api/v1/enterprises/{id}", gateway.send(request("/api/v1/enterprises/" + id)
                .header("If-Match", "\"7\"").PUT(HttpRequest.BodyPublishers.ofString(body))), 412);
        conforms("POST", "/api/v1/enterprises", gateway.send(request("/api/v1/enterprises")
                .setHeader("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body))), 415);
        conforms("DELETE", "/api/v1/enterprises/{id}", gateway.send(request("/api/v1/enterprises/" + id)
                .header("If-Match", "\"0\"").DELETE()), 204);
    }

    @Test
    void aHazardsReportActionsAndRefusalsAreAnsweredAsDocumented() {
        String enterprise = gateway.get("/api/v1/enterprises?size=1&industryArea=FIRE_SAFETY").json()
                .path("items").get(0).path("id").asString();
        Answer reported = conforms("POST", "/api/v1/hazards", gateway.post("/api/v1/hazards", JsonHttp.json(Map.of(
                "enterpriseId", enterprise, "place", "三号仓库", "description", "灭火器压力不足",
                "grade", "GENERAL", "source", "SELF_INSPECTION", "reportedBy", "安全员 周"))), 201);
        String hazard = "/api/v1/hazards/" + reported.json().path("id").asString();

        conforms("POST", "/api/v1/hazards/{id}/confirm", gateway.post(hazard + "/confirm", JsonHttp.json(Map.of(
                "version", 0, "grade", "GENERAL", "handling", "BY_DEADLINE", "deadline", TODAY.plusDays(7).toString(),
                "assignee", "仓库主管", "actor", "李科员"))), 200);
        conforms("POST", "/api/v1/hazards/{id}/verify",
                gateway.post(hazard + "/verify", JsonHttp.json(Map.of("version", 1, "actor", "李科员"))), 409);
        conforms("GET", "/api/v1/hazards/{id}/history", gateway.get(hazard + "/history"), 200);
        conforms("GET", "/api/v1/hazards", gateway.get("/api/v1/hazards?enterpriseId=" + enterprise + "&size=5"), 200);
        // A fraction where an integer belongs is refused, not cut.
        conforms("POST", "/api/v1/hazards/{id}/start-rectification", gateway.post(hazard + "/start-rectification",
                JsonHttp.json(Map.of("version", 1.5, "actor", "仓库主管"))), 400);
        conforms("GET", "/api/v1/indicators", gateway.get("/api/v1/indicators?year=2022"), 200);
        Answer noYear = conforms("GET", "/api/v1/indicators", gateway.get("/api/v1/indicators"), 400);
        assertThat(noYear.invalidFields()).containsExactly("year");
    }

    @Test
    void searchSortedByDateAndTheDisclosuresAreAnsweredAsDocumented() {
        conforms("GET", "/api/v1/inspection-reports/search",
                gateway.get("/api/v1/inspection-reports/search?q=" + enc("应急照明") + "&sort=NEWEST&size=5"), 200);
        conforms("GET", "/api/v1/inspection-reports/search",
                gateway.get("/api/v1/inspection-reports/search?q=" + enc("应急照明") + "&size=5"), 200);
        conforms("GET", "/api/v1/inspection-plans/{id}/draws/{drawId}", gateway.get("/api/v1/inspection-plans/"
                + UUID.randomUUID() + "/draws/" + UUID.randomUUID()), 404);
        conforms("GET", "/api/v1/disclosures/draws", gateway.anonymous().get("/api/v1/disclosures/draws?size=3"), 200);
    }

    @Test
    void theDocumentedExamplesAreOnesTheSuiteAccepts() {
        String idNumber = document.path("components").path("schemas").path("RegisterTraineeRequest")
                .path("properties").path("idNumber").path("example").asString();
        String enterprise = gateway.get("/api/v1/enterprises?size=1").json().path("items").get(0).path("id").asString();
        Answer registered = gateway.post("/api/v1/trainees", JsonHttp.json(Map.of("name", "王建国",
                "idNumber", idNumber, "enterpriseId", enterprise, "keyPost", "SAFETY_MANAGER", "highRiskTrade", true)));
        // 409 when the suite already holds the example from an earlier run: the number itself was accepted.
        conforms("POST", "/api/v1/trainees", registered, registered.status() == 409 ? 409 : 201);

        document.path("paths").forEach(item -> item.forEach(operation -> operation.path("parameters").forEach(p -> {
            if (p.path("name").asString().equalsIgnoreCase("If-Match") && p.has("example")) {
                assertThat(p.path("example").asString()).as("an If-Match example is an ETag").matches("\"\\d+\"");
            }
        })));
        String limited = document.path("components").path("responses").path("Problem429").path("content")
                .path("application/problem+json").path("example").path("type").asString();
        assertThat(limited).endsWith("/problems/rate-limited");
    }

    /**
     * Every list and report the document offers, called as a client reading the document would (required query
     * parameters from their examples, an enterprise's from a real one) on the demo district, answers 200 as
     * documented: the widest check of the response schemas against real records.
     */
    @TestFactory
    Stream<DynamicTest> everyListAndReportAnswersAsDocumented() {
        String enterprise = gateway.get("/api/v1/enterprises?size=1").json().path("items").get(0).path("id").asString();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : document.path("paths").properties()) {
            String path = entry.getKey();
            JsonNode get = entry.getValue().path("get");
            if (path.contains("{") || !get.isObject()) {
                continue;
            }
            StringBuilder query = new StringBuilder();
            for (JsonNode parameter : get.path("parameters")) {
                if (parameter.path("required").asBoolean() && parameter.path("in").asString().equals("query")) {
                    String name = parameter.path("name").asString();
                    String value = name.equals("enterpriseId") ? enterprise
                            : parameter.path("example").asString(parameter.path("schema").path("example").asString(""));
                    assertThat(value).as("GET " + path + ": an example of the required " + name).isNotEmpty();
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(enc(value));
                }
            }
            // The largest page the document allows: the more records, the more of their states and optional members
            for (JsonNode parameter : get.path("parameters")) {
                if (parameter.path("name").asString().equals("size")
                        && parameter.path("in").asString().equals("query")) {
                    int largest = parameter.path("schema").path("maximum").asInt(0);
                    assertThat(largest).as("GET " + path + ": the largest size").isPositive();
                    query.append(query.isEmpty() ? "?" : "&").append("size=").append(largest);
                }
            }
            boolean published = get.path("security").isArray() && get.path("security").isEmpty();
            JsonHttp caller = published ? gateway.anonymous() : gateway;
            String one = path + "/{id}";
            boolean readable = document.path("paths").path(one).path("get").isObject();
            tests.add(DynamicTest.dynamicTest("GET " + path + query, () -> {
                Answer list = conforms("GET", path, caller.get(path + query), 200);
                JsonNode first = list.json().path("items").path(0).path("id");
                if (readable && first.isString()) {
                    conforms("GET", one, caller.get(path + "/" + first.asString()), 200);
                }
            }));
        }
        assertThat(tests).hasSizeGreaterThan(30);
        return tests.stream();
    }

    /**
     * A client generated from the document types a member as present only when the schema requires it: every object
     * an answer carries (and no request takes) says which members it always has, from its record's nullness.
     */
    @Test
    void everyObjectOfTheAnswersSaysWhichMembersItAlwaysCarries() {
        Set<String> requests = new HashSet<>();
        Set<String> answers = new HashSet<>();
        for (JsonNode operations : document.path("paths")) {
            for (JsonNode operation : operations) {
                references(operation.path("requestBody"), requests);
                references(operation.path("parameters"), requests);
                references(operation.path("responses"), answers);
            }
        }
        List<String> silent = new ArrayList<>();
        for (String name : answers) {
            JsonNode schema = document.path("components").path("schemas").path(name);
            if (!requests.contains(name) && schema.path("properties").size() > 0 && schema.path("required").isEmpty()) {
                silent.add(name);
            }
        }
        assertThat(answers).hasSizeGreaterThan(100);
        assertThat(silent).as("schemas of answers without required members (is their record @NullMarked?)").isEmpty();
    }

    /** The schemas {@code node} refers to, directly or through other schemas and the shared responses. */
    private static void references(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            String ref = node.path("$ref").asString("");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (ref.startsWith("#/components/schemas/") && names.add(name)) {
                references(document.path("components").path("schemas").path(name), names);
            } else if (ref.startsWith("#/components/responses/")) {
                references(document.path("components").path("responses").path(name), names);
            }
        }
        if (node.isContainer()) {
            node.forEach(child -> references(child, names));
        }
    }

    @Test
    void theCheckItselfRefusesABodyTheDocumentDoesNotAllow() {
        JsonNode schema = document.path("paths").path("/api/v1/enterprises/{id}").path("get").path("responses")
                .path("200").path("content").path("application/json").path("schema");
        assertThat(errorsOf(schema, JSON.readTree("{\"id\":42,\"riskColour\":\"PURPLE\"}")))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    /** Asserts the answer has the expected status and is what the document promises for the operation. */
    Answer conforms(String method, String template, Answer answer, int expectedStatus) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(expectedStatus);
        String where = method + " " + template + " -> " + answer.status();
        JsonNode responses = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT))
                .path("responses");
        assertThat(responses.isObject()).as(method + " " + template + " is documented").isTrue();
        JsonNode response = responses.has(String.valueOf(answer.status()))
                ? responses.get(String.valueOf(answer.status())) : responses.get("default");
        assertThat(response).as(where + " is a documented status").isNotNull();
        response = resolved(response);
        if (answer.status() == 201 && response.path("headers").has("Location")) {
            assertThat(answer.header("Location")).as(where + ": Location").isNotBlank();
        }
        // An ETag answered is one the document declares, and one it declares on a success is answered: a client
        // generated from it knows what to send back in If-Match.
        if (answer.status() < 300) {
            assertThat(response.path("headers").has("ETag")).as(where + ": ETag " + answer.header("ETag")
                    + " answered and documented alike").isEqualTo(answer.header("ETag") != null);
        }
        if (answer.body().isEmpty()) {
            assertThat(response.path("content").size()).as(where + " documents no body").isZero();
            return answer;
        }
        String mediaType = answer.contentType().split(";")[0].trim();
        JsonNode content = response.path("content").path(mediaType);
        assertThat(content.isObject()).as(where + ": " + mediaType + " among " + response.path("content")
                .propertyNames()).isTrue();
        assertThat(errorsOf(content.path("schema"), answer.json())).as(where + " body " + abbreviated(answer.body()))
                .isEmpty();
        if (answer.status() >= 400) {
            assertThat(answer.json().path("requestId").asString()).as(where + ": the problem's requestId")
                    .isEqualTo(answer.header("X-Request-Id"));
        }
        return answer;
    }

    private static List<Error> errorsOf(JsonNode schema, JsonNode body) {
        ObjectNode root = JSON.createObjectNode();
        root.set("allOf", JSON.createArrayNode().add(schema));
        root.set("components", document.path("components"));
        return SCHEMAS.getSchema(root).validate(body);
    }

    private static JsonNode resolved(JsonNode response) {
        String ref = response.path("$ref").asString("");
        return ref.startsWith("#/components/responses/")
                ? document.path("components").path("responses").path(ref.substring("#/components/responses/".length()))
                : response;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Suite.gateway() + path)).header("Content-Type", "application/json");
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String abbreviated(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
