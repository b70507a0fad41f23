package cn.gov.sucheng.worksafety.enterprise.risk;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Codes;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The risk colour, its history and the GeoJSON risk map over REST, against a real PostgreSQL. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class RiskMapApiIT {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @LocalServerPort
    int port;

    JsonHttp http;
    // Towns of this test's own, so that the map's filters do not see other tests' enterprises.
    String town;
    String otherTown;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        town = "埠子镇" + suffix;
        otherTown = "龙河镇" + suffix;
    }

    /** Registers an enterprise with a fresh valid credit code; coordinates may be null. */
    JsonNode enterprise(String name, String inTown, String industryArea, Double latitude, Double longitude) {
        StringBuilder code = new StringBuilder("91321302");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        code.append(Codes.checkCharacter(code.toString()));
        Map<String, Object> body = new HashMap<>(Map.of("creditCode", code.toString(), "name", name, "town", inTown,
                "industryArea", industryArea));
        if (latitude != null) {
            body.put("latitude", latitude);
            body.put("longitude", longitude);
        }
        Answer created = http.post("/api/v1/enterprises", JsonHttp.json(body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    String enterpriseId() {
        return enterprise("宿迁市恒安化工有限公司", town, "HAZARDOUS_CHEMICALS", 33.94, 118.17).path("id").asString();
    }

    Answer assign(String enterpriseId, Object colour, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("colour", colour);
        body.put("reason", reason);
        body.put("actor", "李明");
        return put("/api/v1/enterprises/" + enterpriseId + "/risk-colour", body);
    }

    Answer put(String path, Object body) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JsonHttp.json(body))));
    }

    Answer map(String query) {
        return map(query, "application/geo+json, application/json");
    }

    Answer map(String query, String accept) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/risk-map" + query))
                .header("Accept", accept).GET());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    long historyRows(String enterpriseId) {
        return http.get("/api/v1/enterprises/" + enterpriseId + "/risk-colour-history").json().path("total").asLong();
    }

    @Test
    void assignsAColourAndKeepsItsHistoryNewestFirst() {
        String id = enterpriseId();

        Answer first = assign(id, "RED", "构成一级重大危险源");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("colour").asString()).isEqualTo("RED");
        assertThat(first.json().path("previousColour").isMissingNode()).isTrue();
        assertThat(first.json().path("changedBy").asString()).isEqualTo("李明");
        assertThat(first.json().path("changedAt").asString()).isNotBlank();

        Answer second = assign(id, "ORANGE", "储罐减量后复评");
        assertThat(second.json().path("colour").asString()).isEqualTo("ORANGE");
        assertThat(second.json().path("previousColour").asString()).isEqualTo("RED");
        assertThat(http.get("/api/v1/enterprises/" + id).json().path("riskColour").asString()).isEqualTo("ORANGE");

        Answer history = http.get("/api/v1/enterprises/" + id + "/risk-colour-history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().path("total").asLong()).isEqualTo(2);
        assertThat(history.json().path("items").get(0).path("colour").asString()).isEqualTo("ORANGE");
        assertThat(history.json().path("items").get(0).path("reason").asString()).isEqualTo("储罐减量后复评");
        assertThat(history.json().path("items").get(1).path("colour").asString()).isEqualTo("RED");

        Answer page = http.get("/api/v1/enterprises/" + id + "/risk-colour-history?size=1&page=1");
        assertThat(page.json().path("items")).hasSize(1);
        assertThat(page.json().path("items").get(0).path("colour").asString()).isEqualTo("RED");
        assertThat(page.json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aReplayedAssignmentRecordsNothing() {
        String id = enterpriseId();
        assign(id, "YELLOW", "年度评估");

        Answer replay = assign(id, "YELLOW", "年度评估");

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("colour").asString()).isEqualTo("YELLOW");
        assertThat(historyRows(id)).isEqualTo(1);
    }

    @Test
    void refusesAnUnknownColourAndMissingFieldsNamingThem() {
        String id = enterpriseId();

        Answer unknown = assign(id, "PURPLE", "原因");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.invalidFields()).containsExactly("colour");
        assertThat(unknown.json().path("errors").get(0).path("message").asString()).contains("RED", "BLUE");

        Answer missing = put("/api/v1/enterprises/" + id + "/risk-colour", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.invalidFields()).contains("colour", "reason", "actor");

        Answer tooLong = assign(id, "RED", "长".repeat(501));
        assertThat(tooLong.invalidFields()).containsExactly("reason");
        assertThat(historyRows(id)).isZero();
    }

    @Test
    void answers404ForAnUnknownEnterprise() {
        String unknown = UUID.randomUUID().toString();

        assertThat(assign(unknown, "RED", "原因").status()).isEqualTo(404);
        Answer history = http.get("/api/v1/enterprises/" + unknown + "/risk-colour-history");
        assertThat(history.status()).isEqualTo(404);
        assertThat(history.json().path("type").asString()).endsWith("/problems/not-found");
    }

    @Test
    void drawsTheRiskMapAsAGeoJsonFeatureCollection() {
        JsonNode chemical = enterprise("甲化工", town, "HAZARDOUS_CHEMICALS", 33.94, 118.17);
        String chemicalId = chemical.path("id").asString();
        assign(chemicalId, "RED", "构成一级重大危险源");
        enterprise("乙无坐标", town, "HAZARDOUS_CHEMICALS", null, null);

        Answer map = map("?town=" + encode(town));

        assertThat(map.status()).as(map.toString()).isEqualTo(200);
        assertThat(map.contentType()).startsWith("application/geo+json");
        JsonNode json = map.json();
        assertThat(json.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(json.path("features")).hasSize(1);
        JsonNode feature = json.path("features").get(0);
        assertThat(feature.path("type").asString()).isEqualTo("Feature");
        assertThat(feature.path("id").asString()).isEqualTo(chemicalId);
        assertThat(feature.path("geometry").path("type").asString()).isEqualTo("Point");
        // RFC 7946: longitude first.
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(118.17);
        assertThat(feature.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(33.94);
        JsonNode properties = feature.path("properties");
        assertThat(properties.path("id").asString()).isEqualTo(chemicalId);
        assertThat(properties.path("name").asString()).isEqualTo("甲化工");
        assertThat(properties.path("creditCode").asString()).isEqualTo(chemical.path("creditCode").asString());
        assertThat(properties.path("town").asString()).isEqualTo(town);
        assertThat(properties.path("industryArea").asString()).isEqualTo("HAZARDOUS_CHEMICALS");
        assertThat(properties.path("riskColour").asString()).isEqualTo("RED");
    }

    @Test
    void answersPlainJsonToAClientThatAcceptsOnlyThatAndGeoJsonToAnyOther() {
        enterprise("丁只认JSON", town, "CONSTRUCTION", 33.9, 118.3);

        Answer json = map("?town=" + encode(town), "application/json");
        Answer any = map("?town=" + encode(town), "*/*");

        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(any.contentType()).startsWith("application/geo+json");
        assertThat(any.body()).isEqualTo(json.body());
    }

    @Test
    void showsAnEnterpriseNeverAssessedWithANullColour() {
        enterprise("丙未评估", town, "CONSTRUCTION", 33.9, 118.3);

        JsonNode properties = map("?town=" + encode(town)).json().path("features").get(0).path("properties");

        assertThat(properties.has("riskColour")).isTrue();
        assertThat(properties.path("riskColour").isNull()).isTrue();
    }

    @Test
    void filtersByTownIndustryAreaAndColourAndLeavesDeletedEnterprisesOut() {
        String redChemical = enterprise("甲化工", town, "HAZARDOUS_CHEMICALS", 33.94, 118.17).path("id").asString();
        String blueBuilder = enterprise("乙建筑", town, "CONSTRUCTION", 33.95, 118.20).path("id").asString();
        String redElsewhere = enterprise("丙化工", otherTown, "HAZARDOUS_CHEMICALS", 33.90, 118.25).path("id").asString();
        String deleted = enterprise("丁已注销", town, "HAZARDOUS_CHEMICALS", 33.91, 118.26).path("id").asString();
        assign(redChemical, "RED", "评估");
        assign(blueBuilder, "BLUE", "评估");
        assign(redElsewhere, "RED", "评估");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/enterprises/"
                + deleted)).DELETE()).status()).isEqualTo(204);

        assertThat(featureIds("?town=" + encode(town))).containsExactlyInAnyOrder(redChemical, blueBuilder);
        assertThat(featureIds("?town=" + encode(town) + "&industryArea=CONSTRUCTION")).containsExactly(blueBuilder);
        assertThat(featureIds("?town=" + encode(town) + "&riskColour=RED")).containsExactly(redChemical);
        assertThat(featureIds("?riskColour=RED")).contains(redChemical, redElsewhere).doesNotContain(blueBuilder);
        assertThat(featureIds("?town=" + encode(otherTown) + "&riskColour=BLUE")).isEmpty();
        assertThat(featureIds("")).contains(redChemical, blueBuilder, redElsewhere).doesNotContain(deleted);
    }

    @Test
    void refusesUnknownFilterValuesNamingTheParameter() {
        Answer colour = map("?riskColour=PURPLE");
        assertThat(colour.status()).isEqualTo(400);
        assertThat(colour.contentType()).startsWith("application/problem+json");
        assertThat(colour.invalidFields()).containsExactly("riskColour");

        Answer area = map("?industryArea=MINING");
        assertThat(area.status()).isEqualTo(400);
        assertThat(area.invalidFields()).containsExactly("industryArea");
    }

    List<String> featureIds(String query) {
        Answer answer = map(query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().path("features").forEach(f -> ids.add(f.path("id").asString()));
        return ids;
    }
}
