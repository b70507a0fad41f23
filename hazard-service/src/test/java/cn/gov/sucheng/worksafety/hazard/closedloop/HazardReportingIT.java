package cn.gov.sucheng.worksafety.hazard.closedloop;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.testing.TestDiscoveryClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hazard reporting against a real PostgreSQL and an enterprise registry that answers over gRPC on a real
 * port, found through service discovery (Spring Cloud's simple discovery standing in for Nacos, with the
 * gRPC port in the instance metadata exactly as Nacos carries it). The registry double binds port 0 once per
 * start and is registered under the port it got, so no port is picked first and bound later.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0",
        "spring.grpc.client.channels.enterprise.default-deadline=500ms", "worksafety.grpc.discovery-refresh=200ms" })
class HazardRectificationIT {

    static final UUID KNOWN = UUID.randomUUID();
    static final RegistryDouble REGISTRY = new RegistryDouble();
    static Server registryServer;

    @TestConfiguration(proxyBeanMethods = false)
    static class Registry {

        @Bean
        TestDiscoveryClient testDiscoveryClient() {
            return new TestDiscoveryClient();
        }
    }

    @LocalServerPort
    int port;

    @LocalGrpcPort
    int grpcPort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    TestDiscoveryClient discovery;

    JsonHttp http;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        REGISTRY.delayMillis = 0;
        if (registryServer == null || registryServer.isShutdown()) {
            startRegistry();
            awaitRegistryReachable();
        }
        breakers.circuitBreaker("enterprise-service").reset();
    }

    // After a restart the resolver finds the new port on its next refresh (200 ms here) and the channel connects.
    private void awaitRegistryReachable() {
        await("the registry double is reachable").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).until(this::registryAnswers);
    }

    // An unknown enterprise is refused (422) only once the registry has answered; the breaker is closed first.
    private boolean registryAnswers() {
        breakers.circuitBreaker("enterprise-service").reset();
        return http.post("/api/v1/hazards", hazardAt(UUID.randomUUID())).status() == 422;
    }

    @AfterAll
    static void stopRegistry() {
        registryServer.shutdownNow();
    }

    static String hazardAt(UUID enterpriseId) {
        return JsonHttp.json(Map.of("enterpriseId", enterpriseId.toString(), "description", "储罐区可燃气体报警器失效",
                "grade", "MAJOR", "source", "GRID_WORKER", "reportedBy", "网格员 17"));
    }

    /** All hazards: tests count before and after rather than wipe the table. */
    long stored() {
        return jdbc.sql("SELECT count(*) FROM hazard").query(Long.class).single();
    }

    @Test
    void reportsAHazardAtARegisteredEnterprise() {
        Answer created = http.post("/api/v1/hazards", hazardAt(KNOWN));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("status").asString()).isEqualTo("REPORTED");
        assertThat(created.json().path("enterpriseName").asString()).isEqualTo("宿迁市恒安化工有限公司");
        assertThat(created.json().path("supervisingDepartment").asString()).isEqualTo("区应急管理局");

        Answer read = http.get(created.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("grade").asString()).isEqualTo("MAJOR");
        assertThat(read.json().path("foundAt").asString()).isNotBlank();
    }

    @Test
    void recordsTheReporterTrimmedAndNoReporterWhenTheNameIsBlank() {
        Answer named = http.post("/api/v1/hazards", hazardAt(KNOWN).replace("网格员 17", "  网格员 17 "));
        assertThat(named.status()).as(named.toString()).isEqualTo(201);
        assertThat(http.get(named.header("Location")).json().path("reportedBy").asString()).isEqualTo("网格员 17");

        Answer blank = http.post("/api/v1/hazards", hazardAt(KNOWN).replace("网格员 17", "  "));
        assertThat(blank.status()).as(blank.toString()).isEqualTo(201);
        assertThat(http.get(blank.header("Location")).json().has("reportedBy")).isFalse();
    }

    @Test
    void summarisesAnEnterprisesHazardsOverGrpc() {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
        try {
            // A deadline counts from when it is set, so each call gets its own.
            var stub = HazardServiceGrpc.newBlockingStub(channel);
            var request = GetEnterpriseHazardSummaryRequest.newBuilder().setEnterpriseId(KNOWN.toString()).build();
            // Other tests report at the same enterprise: judge by what these two reports add.
            var before = stub.withDeadlineAfter(5, TimeUnit.SECONDS).getEnterpriseHazardSummary(request);
            http.post("/api/v1/hazards", hazardAt(KNOWN));
            http.post("/api/v1/hazards", hazardAt(KNOWN).replace("MAJOR", "GENERAL"));

            var summary = stub.withDeadlineAfter(5, TimeUnit.SECONDS).getEnterpriseHazardSummary(request);

            assertThat(summary.getTotal()).isEqualTo(before.getTotal() + 2);
            assertThat(summary.getOpen()).isEqualTo(before.getOpen() + 2);
            assertThat(summary.getOpenMajor()).isEqualTo(before.getOpenMajor() + 1);
            assertThat(summary.getLastReportedAt()).isNotEmpty();
            var none = stub.withDeadlineAfter(5, TimeUnit.SECONDS).getEnterpriseHazardSummary(
                    GetEnterpriseHazardSummaryRequest.newBuilder().setEnterpriseId(UUID.randomUUID().toString()).build());
            assertThat(none.getTotal()).isZero();
            assertThat(none.getLastReportedAt()).isEmpty();
        }
        finally {
            channel.shutdownNow();
        }
    }

    @Test
    void refusesAnUnknownEnterpriseWith422() {
        long before = stored();
        Answer answer = http.post("/api/v1/hazards", hazardAt(UUID.randomUUID()));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString()).endsWith("/problems/unprocessable");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void answers503WhenTheRegistryIsDownAndStoresNothing() {
        long before = stored();
        registryServer.shutdownNow();

        Answer answer = http.post("/api/v1/hazards", hazardAt(KNOWN));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().path("type").asString()).endsWith("/problems/dependency-unavailable");
        assertThat(answer.json().path("detail").asString()).contains("enterprise-service");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void answers503WhenTheRegistryMissesTheDeadline() {
        REGISTRY.delayMillis = 2_000;

        Answer answer = http.post("/api/v1/hazards", hazardAt(KNOWN));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().path("detail").asString()).contains("did not answer in time");
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndClosesItWhenTheRegistryIsBack() {
        registryServer.shutdownNow();
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/api/v1/hazards", hazardAt(KNOWN)).status()).isEqualTo(503);
        }

        Answer answer = http.post("/api/v1/hazards", hazardAt(KNOWN));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().path("detail").asString()).contains("circuit open");
        assertThat(REGISTRY.calls).isPositive();

        startRegistry();
        awaitRegistryReachable();
        breakers.circuitBreaker("enterprise-service").transitionToOpenState();
        breakers.circuitBreaker("enterprise-service").transitionToHalfOpenState();
        assertThat(http.post("/api/v1/hazards", hazardAt(KNOWN)).status()).isEqualTo(201);
    }

    @Test
    void validatesTheReport() {
        long before = stored();
        Answer answer = http.post("/api/v1/hazards", "{\"grade\":\"CATASTROPHIC\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidFields()).containsExactly("grade");

        Answer missing = http.post("/api/v1/hazards", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.invalidFields()).contains("enterpriseId", "description", "grade", "source");

        Answer future = http.post("/api/v1/hazards", hazardAt(KNOWN).replace("}", ",\"foundAt\":\"2999-01-01T00:00:00+08:00\"}"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.invalidFields()).containsExactly("foundAt");
        assertThat(stored()).isEqualTo(before);
    }

    void startRegistry() {
        try {
            registryServer = ServerBuilder.forPort(0).addService(REGISTRY).build().start();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        discovery.register("enterprise-service", registryServer.getPort());
    }

    /** The registry's gRPC contract with one known enterprise; can be made slow. */
    static class RegistryDouble extends EnterpriseServiceGrpc.EnterpriseServiceImplBase {

        volatile long delayMillis;
        volatile int calls;

        @Override
        public void getEnterprise(GetEnterpriseRequest request, StreamObserver<GetEnterpriseResponse> response) {
            calls++;
            if (delayMillis > 0) {
                try {
                    TimeUnit.MILLISECONDS.sleep(delayMillis);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            if (!request.getId().equals(KNOWN.toString())) {
                response.onError(Status.NOT_FOUND.withDescription("no such enterprise").asRuntimeException());
                return;
            }
            response.onNext(GetEnterpriseResponse.newBuilder().setEnterprise(Enterprise.newBuilder()
                    .setId(KNOWN.toString()).setCreditCode("91321302MA1XYK004T").setName("宿迁市恒安化工有限公司")
                    .setTown("耿车镇").setIndustryArea(IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS)
                    .setSupervisingDepartment("区应急管理局")).build());
            response.onCompleted();
        }
    }
}
