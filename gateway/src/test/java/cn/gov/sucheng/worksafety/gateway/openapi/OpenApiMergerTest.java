package cn.gov.sucheng.worksafety.gateway.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiMergerTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final OpenApiMerger merger = new OpenApiMerger();

    private final JsonNode enterprise = json.readTree("""
            {"openapi":"3.1.0","info":{"title":"enterprise-service","version":"1"},
             "servers":[{"url":"http://10.0.0.5:8081"}],
             "tags":[{"name":"enterprises","description":"The registry"}],
             "paths":{"/api/v1/enterprises":{"get":{"operationId":"list","tags":["enterprises"],
               "responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}}}}}},
             "components":{"schemas":{
               "Page":{"type":"object","properties":{"total":{"type":"integer"}}},
               "Problem":{"type":"object","properties":{"type":{"type":"string"}}}}}}
            """);

    private final JsonNode hazard = json.readTree("""
            {"openapi":"3.1.0","info":{"title":"hazard-service","version":"1"},
             "tags":[{"name":"hazards"},{"name":"enterprises","description":"a duplicate tag"}],
             "paths":{"/api/v1/hazards":{"get":{"operationId":"list",
               "responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}},
                            "400":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
             "components":{"schemas":{
               "Page":{"type":"object","properties":{"items":{"type":"array"},"totalElements":{"type":"integer"}}},
               "Problem":{"type":"object","properties":{"type":{"type":"string"}}},
               "Hazard":{"type":"object","properties":{"page":{"$ref":"#/components/schemas/Page"}}}}}}
            """);

    private JsonNode merge(List<String> unavailable) {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        docs.put("enterprise-service", enterprise);
        docs.put("hazard-service", hazard);
        return merger.merge(docs, unavailable, "https://gw.example:8443");
    }

    @Test
    void unitesPathsTagsAndComponentsUnderTheGatewaysServer() {
        JsonNode merged = merge(List.of());

        assertThat(merged.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(merged.path("info").path("title").asString()).isEqualTo(OpenApiMerger.TITLE);
        assertThat(merged.path("servers")).hasSize(1);
        assertThat(merged.path("servers").get(0).path("url").asString()).isEqualTo("https://gw.example:8443");
        assertThat(merged.path("paths").propertyNames()).containsExactly("/api/v1/enterprises", "/api/v1/hazards");
        assertThat(merged.path("tags").findValuesAsString("name")).containsExactly("enterprises", "hazards");
        assertThat(merged.path("tags").get(0).path("description").asString()).isEqualTo("The registry");
        assertThat(merged.path(OpenApiMerger.UNAVAILABLE_EXTENSION)).isEmpty();
    }

    @Test
    void keepsIdenticalComponentsOnceAndRenamesClashingOnesWithTheirReferences() {
        JsonNode merged = merge(List.of());
        JsonNode schemas = merged.path("components").path("schemas");

        assertThat(schemas.propertyNames()).containsExactlyInAnyOrder("Page", "Problem", "Hazard_Page", "Hazard");
        assertThat(schemas.path("Page").path("properties").has("total")).isTrue();
        assertThat(schemas.path("Hazard_Page").path("properties").has("totalElements")).isTrue();
        JsonNode hazardGet = merged.path("paths").path("/api/v1/hazards").path("get");
        assertThat(hazardGet.path("responses").path("200").findValue("$ref").asString())
                .isEqualTo("#/components/schemas/Hazard_Page");
        // identical component: the reference stays
        assertThat(hazardGet.path("responses").path("400").findValue("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(schemas.path("Hazard").findValue("$ref").asString()).isEqualTo("#/components/schemas/Hazard_Page");
        // enterprise came first and keeps its names
        assertThat(merged.path("paths").path("/api/v1/enterprises").findValue("$ref").asString())
                .isEqualTo("#/components/schemas/Page");
    }

    @Test
    void makesClashingOperationIdsUnique() {
        JsonNode merged = merge(List.of());

        assertThat(merged.path("paths").path("/api/v1/enterprises").path("get").path("operationId").asString())
                .isEqualTo("list");
        assertThat(merged.path("paths").path("/api/v1/hazards").path("get").path("operationId").asString())
                .isEqualTo("hazardList");
    }

    @Test
    void listsServicesWithoutADocument() {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        docs.put("enterprise-service", enterprise);
        docs.put("hazard-service", json.readTree("\"not a document\""));

        JsonNode merged = merger.merge(docs, List.of("training-service"), "http://localhost:8080");

        assertThat(merged.path(OpenApiMerger.UNAVAILABLE_EXTENSION).valueStream().map(JsonNode::asString))
                .containsExactly("training-service", "hazard-service");
        assertThat(merged.path("paths").propertyNames()).containsExactly("/api/v1/enterprises");
    }

    @Test
    void leavesTheInputDocumentsUntouched() {
        String before = hazard.toString();
        merge(List.of());
        assertThat(hazard.toString()).isEqualTo(before);
    }

    @Test
    void derivesThePrefixFromTheServiceName() {
        assertThat(OpenApiMerger.prefix("enterprise-service")).isEqualTo("Enterprise");
        assertThat(OpenApiMerger.prefix("key-post-service")).isEqualTo("KeyPost");
    }
}
