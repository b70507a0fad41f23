package cn.gov.sucheng.worksafety.enterprise.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceState;
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

/** The registry's REST API against a real PostgreSQL (the one dev/test.sh starts). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.cloud.nacos.config.enabled=false",
        "spring.grpc.server.port=0" })
class EnterpriseApiIT {

    static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonHttp http;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
    }

    static String enterprise(String creditCode) {
        return JsonHttp.json(Map.of("creditCode", creditCode, "name", "宿迁市恒安化工有限公司", "town", "耿车镇",
                "industryArea", "HAZARDOUS_CHEMICALS", "latitude", 33.94, "longitude", 118.17));
    }

    long stored() {
        return jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single();
    }

    @Test
    void registersAnEnterpriseAndReadsItBack() {
        String code = Registrations.newCode();
        Answer created = http.post("/api/v1/enterprises", enterprise(code));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/enterprises/" + id);
        assertThat(created.json().path("supervisingDepartment").asString()).isEqualTo("区应急管理局");

        Answer read = http.get("/api/v1/enterprises/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("creditCode").asString()).isEqualTo(code);
        assertThat(read.json().path("name").asString()).isEqualTo("宿迁市恒安化工有限公司");
        assertThat(read.json().path("town").asString()).isEqualTo("耿车镇");
        assertThat(read.json().path("latitude").asDouble()).isEqualTo(33.94);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void refusesAWrongCheckCharacterNamingTheField() {
        long before = stored();
        Answer answer = http.post("/api/v1/enterprises",
                enterprise(Registrations.withWrongCheckCharacter(Registrations.newCode())));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.json().path("type").asString()).endsWith("/problems/validation");
        assertThat(answer.invalidFields()).containsExactly("creditCode");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesADuplicateCreditCodeWith409() {
        String code = Registrations.newCode();
        assertThat(http.post("/api/v1/enterprises", enterprise(code)).status()).isEqualTo(201);
        long before = stored();

        Answer again = http.post("/api/v1/enterprises", enterprise(code));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith(PROBLEM);
        assertThat(again.json().path("type").asString()).endsWith("/problems/conflict");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void namesEveryMissingField() {
        Answer answer = http.post("/api/v1/enterprises", "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidFields()).contains("creditCode", "name", "town", "industryArea");
    }

    @Test
    void refusesAnUnknownIndustryAreaNamingTheFieldAndTheChoices() {
        String body = enterprise("91310110666007217T").replace("HAZARDOUS_CHEMICALS", "MINING");

        Answer answer = http.post("/api/v1/enterprises", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidFields()).containsExactly("industryArea");
        assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("HAZARDOUS_CHEMICALS");
    }

    @Test
    void refusesAWrongTypeAndBrokenJson() {
        Answer wrongType = http.post("/api/v1/enterprises",
                enterprise("91310110666007217T").replace("33.94", "\"north\""));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.invalidFields()).containsExactly("latitude");

        Answer broken = http.post("/api/v1/enterprises", "{\"creditCode\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("type").asString()).endsWith("/problems/malformed-request");
    }

    @Test
    void refusesOversizedNamesAndHalfCoordinates() {
        long before = stored();
        String body = JsonHttp.json(Map.of("creditCode", "91310110666007217T", "name", "厂".repeat(201),
                "town", "耿车镇", "industryArea", "OTHER", "latitude", 33.9));

        Answer answer = http.post("/api/v1/enterprises", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidFields()).contains("name", "coordinates");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void answers404ForAnUnknownIdAnd400ForANonUuid() {
        Answer unknown = http.get("/api/v1/enterprises/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("type").asString()).endsWith("/problems/not-found");

        Answer notAnId = http.get("/api/v1/enterprises/not-a-uuid");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.invalidFields()).containsExactly("id");
    }

    @Test
    void givesSpringsOwnRefusalsAStableType() {
        Answer wrongMethod = http.send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/enterprises"))
                .DELETE());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().path("type").asString()).endsWith("/problems/method-not-allowed");
    }

    @Test
    void publishesItsOpenApiDocument() {
        Answer doc = http.get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().path("paths").has("/api/v1/enterprises")).isTrue();
        assertThat(doc.json().path("paths").has("/api/v1/enterprises/{id}")).isTrue();
        assertThat(doc.json().path("paths").has("/api/v1/enterprises/by-credit-code/{creditCode}")).isTrue();

        // A listed page is documented as its items and where it stands in the whole list.
        var page = doc.json().path("components").path("schemas").path("PageEnterpriseView").path("properties");
        assertThat(page.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total");
        assertThat(page.path("items").path("items").path("$ref").asString()).endsWith("/EnterpriseView");

        // The standing filters are documented with the values they accept.
        Map<String, JsonNode> filters = new HashMap<>();
        doc.json().path("paths").path("/api/v1/enterprises").path("get").path("parameters")
                .forEach(p -> filters.put(p.path("name").asString(), p.path("schema")));
        assertThat(filters.get("licenceState").path("enum").valueStream().map(JsonNode::asString))
                .containsExactly(Stream.of(LicenceState.values()).map(Enum::name).toArray(String[]::new));
        assertThat(filters.get("standardizationGrade").path("type").asString()).isEqualTo("integer");
        assertThat(filters.get("blacklisted").path("type").asString()).isEqualTo("boolean");

        // The read answers the ETag that a change sends back in If-Match, and says so; the list answers none.
        JsonNode paths = doc.json().path("paths");
        assertThat(paths.path("/api/v1/enterprises/{id}").path("get").path("responses").path("200").path("headers")
                .path("ETag").path("schema").path("pattern").asString()).isEqualTo("^\"[0-9]{1,18}\"$");
        assertThat(paths.path("/api/v1/enterprises").path("post").path("responses").path("201").path("headers")
                .has("ETag")).isTrue();
        assertThat(paths.path("/api/v1/enterprises").path("get").path("responses").path("200").path("headers")
                .has("ETag")).isFalse();
    }
}
