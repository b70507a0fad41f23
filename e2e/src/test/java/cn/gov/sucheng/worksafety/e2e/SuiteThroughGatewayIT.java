package cn.gov.sucheng.worksafety.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.platform.testing.GrpcReflection;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton end to end: the suite started with the user's command, called only through the
 * gateway as another district system would, including the case of a sibling service that is down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteThroughGatewayIT {

    static final String PROBLEM = "application/problem+json";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static Suite suite;
    // A code no demo enterprise has (division 310110, not the district's).
    static final String CREDIT_CODE = "91310110666007217T";

    // Calls that must not hang: a sibling that is down has to answer within this bound.
    final JsonHttp gateway = new JsonHttp(Suite.gateway(), Duration.ofSeconds(10));

    @BeforeAll
    static void startTheSuite() {
        suite = Suite.started();
    }

    static String enterprise(String code) {
        return JsonHttp.json(Map.of("creditCode", code, "name", "宿迁市宿城区示例化工有限公司", "town", "耿车镇",
                "industryArea", "HAZARDOUS_CHEMICALS", "latitude", 33.95, "longitude", 118.21));
    }

    static String hazardAt(String enterpriseId) {
        return JsonHttp.json(Map.of("enterpriseId", enterpriseId, "description", "危化品仓库未设置防爆照明",
                "grade", "MAJOR", "source", "GRID_WORKER"));
    }

    @Test
    @Order(1)
    void theRunCommandPrintsHowToCallTheSuiteAndLoadsDemoData() {
        assertThat(suite.upOutput()).contains("Gateway:  " + Suite.gateway(), "OpenAPI:  " + Suite.gateway() + "/v3/api-docs",
                "curl -s -X POST " + Suite.gateway() + "/api/v1/enterprises");
        assertThat(suite.upOutput()).containsPattern("demo data: \\d+ enterprises created, \\d+ already there, \\d+ hazards reported");
    }

    @Test
    @Order(2)
    void publishesOneMergedOpenApiDocumentCompleteFromTheFirstCall() throws IOException {
        // dev/suite.sh up asked for the document once, as its last readiness check, and kept what it got:
        // the first document the gateway served, with every service cold.
        JsonNode first = JSON.readTree(Files.readString(suite.home().resolve("run/api-docs.json")));
        Answer now = gateway.get("/v3/api-docs");
        assertThat(now.status()).isEqualTo(200);

        for (JsonNode doc : List.of(first, now.json())) {
            assertThat(doc.path("x-unavailable-services").isArray()).isTrue();
            assertThat(doc.path("x-unavailable-services")).as("services left out").isEmpty();
            assertThat(doc.path("paths").propertyNames()).contains("/api/v1/enterprises", "/api/v1/enterprises/{id}",
                    "/api/v1/licences", "/api/v1/hazards");
        }
        assertThat(now.json().path("paths")).isEqualTo(first.path("paths"));
    }

    @Test
    @Order(3)
    void registersAnEnterpriseAndReadsItBackThroughTheGateway() {
        Answer created = gateway.post("/api/v1/enterprises", enterprise(CREDIT_CODE));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("X-Request-Id")).isNotBlank();

        Answer read = gateway.get("/api/v1/enterprises/" + created.json().path("id").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("creditCode").asString()).isEqualTo(CREDIT_CODE);
        assertThat(read.json().path("supervisingDepartment").asString()).isNotBlank();
    }

    @Test
    @Order(4)
    void refusesABadCheckCharacterAndADuplicate() {
        Answer bad = gateway.post("/api/v1/enterprises", enterprise("91310110666007217A"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith(PROBLEM);
        assertThat(bad.json().path("type").asString()).endsWith("/problems/validation");
        assertThat(bad.invalidFields()).containsExactly("creditCode");

        Answer duplicate = gateway.post("/api/v1/enterprises", enterprise(CREDIT_CODE));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith(PROBLEM);
    }

    @Test
    @Order(5)
    void reportsHazardsOnlyAtRegisteredEnterprises() {
        String id = registered("91321302MA0E2E001P");

        Answer reported = gateway.post("/api/v1/hazards", hazardAt(id));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(reported.json().path("enterpriseId").asString()).isEqualTo(id);
        assertThat(reported.json().path("status").asString()).isEqualTo("REPORTED");

        Answer unknown = gateway.post("/api/v1/hazards", hazardAt(UUID.randomUUID().toString()));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith(PROBLEM);
        assertThat(unknown.json().path("type").asString()).endsWith("/problems/unprocessable");
    }

    @Test
    @Order(6)
    void answersUnknownPathsWithAProblem() {
        Answer answer = gateway.get("/api/v1/no-such-collection");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.json().path("type").asString()).endsWith("/problems/not-found");
    }

    @Test
    @Order(7)
    void servesGrpcHealthAndReflection() throws InterruptedException {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", Suite.enterpriseGrpcPort())
                .usePlaintext().build();
        try {
            var health = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
                    .check(HealthCheckRequest.newBuilder().build());
            assertThat(health.getStatus()).isEqualTo(ServingStatus.SERVING);

            List<String> services = GrpcReflection.listServices(channel);
            assertThat(services).contains("worksafety.enterprise.v1.EnterpriseService");
            assertThat(GrpcReflection.listServicesV1Alpha(channel)).containsExactlyInAnyOrderElementsOf(services);
        }
        finally {
            channel.shutdownNow();
        }
    }

    @Test
    @Order(8)
    void answersAFast503WhenTheRegistryIsDownAndRecoversWhenItIsBack() {
        String id = registered("91321302MA0E2E002T");
        suite.run("stop-app", "enterprise-service");

        Answer hazard = gateway.post("/api/v1/hazards", hazardAt(id));
        assertThat(hazard.status()).as(hazard.toString()).isEqualTo(503);
        assertThat(hazard.contentType()).startsWith(PROBLEM);
        assertThat(hazard.json().path("type").asString()).endsWith("/problems/dependency-unavailable");

        Answer direct = gateway.get("/api/v1/enterprises/" + id);
        assertThat(direct.status()).isEqualTo(503);
        assertThat(direct.contentType()).startsWith(PROBLEM);

        suite.run("start-app", "enterprise-service");
        // Back means back for both of its callers: hazard-service over gRPC and the gateway over REST. Each learns
        // of the new instance from Nacos on its own; the next test classes rely on the gateway's view.
        awaitStatus("the hazard report accepted again", 201, () -> gateway.post("/api/v1/hazards", hazardAt(id)));
        awaitStatus("the enterprise served again", 200, () -> gateway.get("/api/v1/enterprises/" + id));
    }

    private static void awaitStatus(String what, int status, Callable<Answer> call) {
        await(what).atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                .until(call, answer -> answer.status() == status);
    }

    String registered(String code) {
        Answer created = gateway.post("/api/v1/enterprises", enterprise(code));
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
        if (created.status() == 201) {
            return created.json().path("id").asString();
        }
        throw new IllegalStateException(code + " was registered by an earlier run: use a fresh WS_HOME");
    }
}
