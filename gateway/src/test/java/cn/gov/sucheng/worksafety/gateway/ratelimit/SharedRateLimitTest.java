package cn.gov.sucheng.worksafety.gateway.ratelimit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.gateway.GatewayApplication;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import cn.gov.sucheng.worksafety.platform.security.Scopes;
import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateway replicas, each its own application context on its own port, counting one client's requests in the
 * suite's PostgreSQL (the test stack's, database gateway) and reading the client's limit from the test stack's
 * Nacos (a group of this run only, so nothing is shared with other runs or with the suite's own gateway.yaml).
 */
class SharedRateLimitTest {

    static final String GROUP = "test-" + UUID.randomUUID();
    static final String DATA_ID = "gateway.yaml";
    /** A client id of this run: its buckets start full whatever earlier runs left in the table. */
    static final String CLIENT = "rate-test-" + UUID.randomUUID();

    static final HttpClient http = HttpClient.newHttpClient();
    static final JsonMapper json = JsonMapper.builder().build();

    static HttpServer enterprise;
    static ConfigurableApplicationContext replicaA;
    static ConfigurableApplicationContext replicaB;
    static String token;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        enterprise = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        enterprise.createContext("/api/v1/enterprises", exchange -> {
            byte[] body = "{\"content\":[],\"total\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        enterprise.start();
        publishLimit(10, "1h");
        token = TestTokens.token(CLIENT, List.of(Scopes.read("enterprise")), null, Duration.ofHours(1), null);
        replicaA = replica();
        replicaB = replica();
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (ConfigurableApplicationContext replica : new ConfigurableApplicationContext[] { replicaA, replicaB }) {
            if (replica != null) {
                replica.close();
            }
        }
        if (enterprise != null) {
            enterprise.stop(0);
        }
        http.send(HttpRequest.newBuilder(nacos("?dataId=" + DATA_ID + "&groupName=" + GROUP)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void twoReplicasShareOneAllowanceAndRefuseBeyondItWithRetryAfter() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(call(replicaA));
            answers.add(call(replicaB));
        }

        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        // Each replica saw 10 requests, within a limit of 10 had it counted alone: only a shared count refuses.
        assertThat(byStatus).containsOnlyKeys(200, 429).containsEntry(200, 10L).containsEntry(429, 10L);
        for (HttpResponse<String> refused : answers.stream().filter(a -> a.statusCode() == 429).toList()) {
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(refused.body());
            assertThat(problem.path("type").asString()).isEqualTo(ProblemTypes.RATE_LIMITED.toString());
            assertThat(problem.path("status").asInt()).isEqualTo(429);
            assertThat(problem.path("detail").asString()).contains(CLIENT, "10 requests per 1h");
            // A bucket of 10 per hour refills one request every 6 minutes.
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 360L);
            assertThat(refused.headers().firstValue("X-Request-Id")).isPresent();
        }

        // A new limit published in Nacos reaches both replicas without a restart, and starts full.
        publishLimit(3, "1h");
        await("replica A under the new limit").atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> call(replicaA).statusCode(), status -> status == 200);
        // Nacos notifies each replica on its own: B follows within the same bound.
        await("replica B under the new limit").atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> call(replicaB).statusCode(), status -> status == 200);
        HttpResponse<String> third = call(replicaA);
        HttpResponse<String> fourth = call(replicaB);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(json.readTree(fourth.body()).path("detail").asString()).contains("3 requests per 1h");
    }

    @Test
    void requestsWithoutATokenAreNotCounted() throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create(base(replicaA) + "/actuator/health/liveness"))
                .timeout(Duration.ofSeconds(30)).build();
        for (int i = 0; i < 15; i++) {
            // A connection of its own per probe, as the kubelet's probes open one.
            HttpClient probe = HttpClient.newHttpClient();
            assertThat(probe.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> call(ConfigurableApplicationContext replica) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base(replica) + "/api/v1/enterprises"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String base(ConfigurableApplicationContext replica) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) replica).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext replica() {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("testIssuerReactiveJwtDecoder",
                        NimbusReactiveJwtDecoder.withPublicKey(TestTokens.publicKey()).build()))
                .run("--server.port=0",
                        "--spring.config.import=optional:nacos:" + DATA_ID + "?group=" + GROUP + "&refreshEnabled=true",
                        "--spring.cloud.nacos.server-addr=" + nacosAddress(),
                        "--spring.cloud.nacos.discovery.enabled=false",
                        "--spring.cloud.service-registry.auto-registration.enabled=false",
                        "--spring.cloud.discovery.client.simple.instances.enterprise-service[0].uri=http://127.0.0.1:"
                                + enterprise.getAddress().getPort(),
                        // Every request asks the store, so the count is exact and the test can say 10, not "about".
                        "--worksafety.gateway.rate-limits.sync.max-unsynced-requests=0",
                        "--worksafety.gateway.openapi.refresh-interval=1h");
    }

    private static void publishLimit(int requests, String per) throws Exception {
        String content = "worksafety.gateway.rate-limits.clients." + CLIENT + ":\n  requests: " + requests
                + "\n  per: " + per + "\n";
        String form = "dataId=" + DATA_ID + "&groupName=" + GROUP + "&type=yaml&content="
                + URLEncoder.encode(content, StandardCharsets.UTF_8);
        HttpResponse<String> published = http.send(HttpRequest.newBuilder(nacos(""))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    }

    private static URI nacos(String query) {
        return URI.create("http://" + nacosAddress() + "/nacos/v3/admin/cs/config" + query);
    }

    private static String nacosAddress() {
        String port = System.getenv("WS_NACOS_PORT");
        return "127.0.0.1:" + (port == null || port.isBlank() ? "8848" : port);
    }
}
