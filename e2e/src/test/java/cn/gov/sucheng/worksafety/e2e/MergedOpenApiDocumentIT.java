package cn.gov.sucheng.worksafety.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite's one OpenAPI document, as the gateway serves it from the running services, read by an OpenAPI 3
 * validator (swagger-parser) as a client generator would: valid, secured with the scopes the gateway enforces, and
 * documenting the problem+json answers.
 */
class MergedOpenApiDocumentIT {

    static OpenAPI api;

    @BeforeAll
    static void readTheDocument() {
        Suite.started();
        Answer doc = new JsonHttp(Suite.gateway(), Duration.ofSeconds(90)).anonymous().get("/v3/api-docs");
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(doc.body(), null, null);
        assertThat(parsed.getMessages()).as("validator messages").isEmpty();
        api = parsed.getOpenAPI();
        assertThat(api).isNotNull();
    }

    @Test
    void theSecuritySchemesAreOAuth2ClientCredentialsAndABearerJwtWithTheSuitesScopes() {
        Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
        SecurityScheme oauth2 = schemes.get("oauth2");
        assertThat(oauth2.getType()).isEqualTo(SecurityScheme.Type.OAUTH2);
        assertThat(oauth2.getFlows().getClientCredentials().getTokenUrl()).endsWith("/oauth2/token");
        assertThat(oauth2.getFlows().getClientCredentials().getScopes()).containsKeys("enterprise:read",
                "enterprise:write", "hazard:read", "hazard:write", "enforcement:read", "enforcement:write",
                "training:read", "training:write", "sync", "admin");
        assertThat(schemes.get("bearerJwt").getScheme()).isEqualTo("bearer");
        assertThat(schemes.get("bearerJwt").getBearerFormat()).isEqualTo("JWT");
    }

    @Test
    void eachOperationNeedsTheScopeTheGatewayEnforcesAndPublishedReadsNone() {
        Operation report = api.getPaths().get("/api/v1/hazards").getPost();
        assertThat(report.getSecurity()).anySatisfy(r -> assertThat(r.get("oauth2")).containsExactly("hazard:write"));
        Operation read = api.getPaths().get("/api/v1/enterprises/{id}").getGet();
        assertThat(read.getSecurity()).anySatisfy(r -> assertThat(r.get("oauth2")).containsExactly("enterprise:read"));
        api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/v1/disclosures") && item.getGet() != null) {
                assertThat(item.getGet().getSecurity()).as(path).isEmpty();
            }
        });
    }

    @Test
    void operationsDocumentTheirProblemAnswersWithTypesAndExamples() {
        for (String status : List.of("400", "401", "403", "404", "409", "412", "422", "429", "503")) {
            var response = api.getComponents().getResponses().get("Problem" + status);
            assertThat(response).as(status).isNotNull();
            var media = response.getContent().get("application/problem+json");
            assertThat(media.getSchema().get$ref()).isEqualTo("#/components/schemas/Problem");
            assertThat(media.getExample()).as(status).asString().contains("\"status\":" + status)
                    .contains("https://worksafety.sucheng.gov.cn/problems/");
        }
        var responses = api.getPaths().get("/api/v1/hazards").getPost().getResponses();
        assertThat(responses).containsKeys("401", "403", "409", "422", "429", "503");
        assertThat(api.getPaths().get("/api/v1/enterprises/{id}").getGet().getResponses()).containsKeys("404");
    }

    /**
     * A generated client names its methods after the operation ids: each is a verb and a noun of the service's own
     * choosing (listLicences, confirmHazard), the same in the merged document (no service prefix added on a clash)
     * and not springdoc's numbered default (get_7), which shifts whenever an endpoint is added.
     */
    @Test
    void everyOperationHasANameOfItsOwnForGeneratedClients() {
        List<String> ids = api.getPaths().values().stream().flatMap(path -> path.readOperations().stream())
                .map(Operation::getOperationId).toList();
        assertThat(ids).hasSizeGreaterThan(140).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(id).matches("[a-z]+[A-Z][A-Za-z]*")
                .doesNotMatch("(enterprise|hazard|enforcement|training)[A-Z].*"));
        assertThat(api.getPaths().get("/api/v1/licences").getGet().getOperationId()).isEqualTo("listLicences");
        assertThat(api.getPaths().get("/api/v1/hazards/{id}/confirm").getPost().getOperationId())
                .isEqualTo("confirmHazard");
    }

    /** A client reads in the document what each filter, header and path variable does, not in the code. */
    @Test
    void everyParameterSaysWhatItIs() {
        List<String> silent = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of()
                    : operation.getParameters()) {
                boolean obvious = parameter.getIn().equals("path") && parameter.getName().equals("id");
                if (!obvious && (parameter.getDescription() == null || parameter.getDescription().isBlank())) {
                    silent.add(method + " " + path + " " + parameter.getIn() + " " + parameter.getName());
                }
            }
        }));
        assertThat(silent).as("parameters without a description").isEmpty();
    }

    @Test
    void answersOfTheSameClassNameInDifferentFeaturesKeepTheirOwnSchemas() {
        assertThat(propertiesOf("/api/v1/enforcement-trail/verification")).contains("intact", "checked", "firstBreak");
        assertThat(propertiesOf("/api/v1/inspection-plans/{id}/draws/{drawId}/verification"))
                .contains("reproduced", "seed", "pairs");
    }

    private static Set<String> propertiesOf(String path) {
        String ref = api.getPaths().get(path).getGet().getResponses().get("200").getContent().values().iterator()
                .next().getSchema().get$ref();
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        return api.getComponents().getSchemas().get(name).getProperties().keySet();
    }
}
