package cn.gov.sucheng.worksafety.hazard.closedloop;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency-Key on hazard reports against a real PostgreSQL, with a registry double over gRPC that can hold a
 * request mid-way: one key, however often and however concurrently it is sent, reports one hazard.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0",
        // Long enough for the test to hold a request inside the registry call while it sends the retry.
        "spring.grpc.client.channels.enterprise.default-deadline=60s" })
class HazardIdempotencyIT {

    static final Registry REGISTRY = new Registry();
    static final int REGISTRY_PORT = freePort();
    static Server registryServer;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonHttp http;
    UUID enterprise;

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry properties) {
        String instance = "spring.cloud.discovery.client.simple.instances.enterprise-service[0].";
        properties.add(instance + "uri", () -> "http://127.0.0.1:" + (REGISTRY_PORT + 1));
        properties.add(instance + "metadata.grpc-port", () -> String.valueOf(REGISTRY_PORT));
    }

    @BeforeAll
    static void startRegistry() throws IOException {
        registryServer = ServerBuilder.forPort(REGISTRY_PORT).addService(REGISTRY).build().start();
    }

    @AfterAll
    static void stopRegistry() {
        registryServer.shutdownNow();
    }

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port, java.time.Duration.ofSeconds(90));
        enterprise = UUID.randomUUID();
        REGISTRY.held = null;
    }

    String hazard(String description) {
        return JsonHttp.json(Map.of("enterpriseId", enterprise.toString(), "description", description,
                "grade", "MAJOR", "source", "GRID_WORKER", "reportedBy", "网格员 17"));
    }

    Answer report(String key, String body) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/hazards"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    long hazards() {
        return jdbc.sql("SELECT count(*) FROM hazard WHERE enterprise_id = ?").param(enterprise).query(Long.class)
                .single();
    }

    @Test
    void threeReportsWithOneKeyReportOneHazardAndAnswerAlike() {
        String key = UUID.randomUUID().toString();
        String body = hazard("储罐区可燃气体报警器失效");

        Answer first = report(key, body);
        Answer second = report(key, body);
        Answer third = report(key, body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        for (Answer retry : List.of(second, third)) {
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
            assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(retry.body()).isEqualTo(first.body());
        }
        assertThat(hazards()).isEqualTo(1);

        Answer reused = report(key, hazard("消防通道堵塞"));
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.json().path("type").asString()).endsWith("/problems/idempotency-key-reused");
        assertThat(hazards()).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstRequestRunsAnswers409AndOnlyTheFirstWrites() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = hazard("储罐区可燃气体报警器失效");
        Hold hold = new Hold();
        REGISTRY.held = hold;

        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> report(key, body));
        assertThat(hold.arrived.await(60, TimeUnit.SECONDS)).as("the first request reached the registry").isTrue();

        Answer concurrent = report(key, body);
        hold.release.countDown();
        Answer firstAnswer = first.get(60, TimeUnit.SECONDS);

        assertThat(concurrent.status()).as(concurrent.toString()).isEqualTo(409);
        assertThat(concurrent.contentType()).startsWith("application/problem+json");
        assertThat(concurrent.json().path("type").asString()).endsWith("/problems/request-in-progress");
        assertThat(firstAnswer.status()).as(firstAnswer.toString()).isEqualTo(201);
        assertThat(hazards()).isEqualTo(1);
        assertThat(report(key, body).body()).isEqualTo(firstAnswer.body());
    }

    @Test
    void manyParallelReportsWithOneKeyWriteOnce() {
        String key = UUID.randomUUID().toString();
        String body = hazard("配电室未设置防鼠板");

        List<Answer> answers = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() -> report(key, body)))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Answer::status).allMatch(s -> s == 201 || s == 409);
        assertThat(answers).filteredOn(a -> a.status() == 201).extracting(Answer::body).isNotEmpty()
                .allMatch(b -> b.equals(answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow().body()));
        assertThat(hazards()).isEqualTo(1);
    }

    @Test
    void aServerFailureIsNotKeptSoTheRetryReportsTheHazard() {
        String key = UUID.randomUUID().toString();
        String body = hazard("储罐区可燃气体报警器失效");
        REGISTRY.down = true;
        try {
            assertThat(report(key, body).status()).isEqualTo(503);
        }
        finally {
            REGISTRY.down = false;
        }
        assertThat(hazards()).isZero();

        assertThat(report(key, body).status()).isEqualTo(201);
        assertThat(hazards()).isEqualTo(1);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Lets the test hold one registry call until it says so. */
    static final class Hold {

        final CountDownLatch arrived = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
    }

    /** The registry's gRPC contract: every enterprise is registered; a call can be held, or the registry be down. */
    static class Registry extends EnterpriseServiceGrpc.EnterpriseServiceImplBase {

        volatile Hold held;
        volatile boolean down;

        @Override
        public void getEnterprise(GetEnterpriseRequest request, StreamObserver<GetEnterpriseResponse> response) {
            Hold hold = held;
            if (hold != null) {
                held = null;
                hold.arrived.countDown();
                try {
                    hold.release.await(60, TimeUnit.SECONDS);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            if (down) {
                response.onError(io.grpc.Status.UNAVAILABLE.withDescription("registry down").asRuntimeException());
                return;
            }
            response.onNext(GetEnterpriseResponse.newBuilder().setEnterprise(Enterprise.newBuilder()
                    .setId(request.getId()).setCreditCode("91321302MA1XYK004T").setName("宿迁市恒安化工有限公司")
                    .setTown("耿车镇").setIndustryArea(IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS)
                    .setSupervisingDepartment("区应急管理局")).build());
            response.onCompleted();
        }
    }
}
