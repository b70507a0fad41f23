package cn.gov.sucheng.worksafety.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;

import cn.gov.sucheng.worksafety.gateway.openapi.OpenApiMerger;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway against real HTTP backends (the JDK's own server), found through Spring Cloud's simple
 * discovery instead of Nacos: enterprise-service and hazard-service are up, enforcement-service is
 * registered but stopped, training-service has no instance at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIntegrationTest {

    static final String BAD_REQUEST_PROBLEM = """
            {"type":"https://worksafety.sucheng.gov.cn/problems/validation","title":"Validation failed",\
            "status":400,"detail":"Invalid field(s): creditCode","errors":[{"field":"creditCode","message":"is not a valid unified social credit code"}]}""";

    static final String CRASH_PAGE = "<html><body><h1>HTTP Status 500</h1><pre>java.lang.IllegalStateException: "
            + "pool exhausted\n\tat cn.gov.sucheng.worksafety.enterprise.Registry.list(Registry.java:42)\n"
            + "jdbc:postgresql://10.0.3.17:5432/enterprise</pre></body></html>";

    /** Calls per method and path of the flaky paths, to tell a retried call from a single one. */
    static final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> CALLS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static final HttpServer enterprise = backend(server -> {
        server.createContext("/api/v1/enterprises", exchange -> {
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/slow") || path.endsWith("/stuck")) {
                // slow: past Resilience4j's 1 s default, within the route's time; stuck: past both
                sleep(path.endsWith("/slow") ? 1_500 : 5_000);
            }
            if (path.endsWith("/bad")) {
                reply(exchange, 400, "application/problem+json", BAD_REQUEST_PROBLEM);
                return;
            }
            if (path.endsWith("/crash")) {
                // What a servlet container's default error page can leak: a stack trace and an internal address.
                reply(exchange, 500, "text/html", CRASH_PAGE);
                return;
            }
            if (path.endsWith("/too-large")) {
                reply(exchange, 413, "text/html", "<html><body>413 Request Entity Too Large</body></html>");
                return;
            }
            if (path.contains("/flaky-")) {
                // The first call of each path answers 503 (an instance shedding load), every later one 200.
                int call = CALLS.computeIfAbsent(exchange.getRequestMethod() + " " + path,
                        k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                if (call == 1) {
                    reply(exchange, 503, "text/plain", "busy");
                    return;
                }
            }
            exchange.getResponseHeaders().set("X-Request-Id", String.valueOf(requestId));
            reply(exchange, 200, "application/json",
                    "{\"content\":[],\"total\":0,\"seenRequestId\":\"" + requestId + "\"}");
        });
        server.createContext("/v3/api-docs", exchange -> reply(exchange, 200, "application/json", """
                {"openapi":"3.1.0","info":{"title":"enterprise-service","version":"v1"},
                 "paths":{"/api/v1/enterprises":{"get":{"operationId":"list","responses":{"200":{"description":"OK"}}}}},
                 "components":{"schemas":{"Enterprise":{"type":"object"}}}}"""));
    });

    /** Longer than the 3 s the gateway once gave a document: a cold service is that slow to build it. */
    static final long HAZARD_DOC_MILLIS = 4_000;

    static final HttpServer hazard = backend(server -> server.createContext("/v3/api-docs",
            exchange -> {
                sleep(HAZARD_DOC_MILLIS);
                reply(exchange, 200, "application/json", """
                    {"openapi":"3.1.0","info":{"title":"hazard-service","version":"v1"},
                     "paths":{"/api/v1/hazards":{"get":{"operationId":"list","responses":{"200":{"description":"OK"}}}}},
                     "components":{"schemas":{"Hazard":{"type":"object"}}}}""");
            }));

    /** Registered in discovery, then stopped: every call is refused. */
    static final int stoppedPort;

    static {
        HttpServer enforcement = backend(server -> { });
        stoppedPort = enforcement.getAddress().getPort();
        enforcement.stop(0);
    }

    @DynamicPropertySource
    static void discovery(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.nacos.discovery.enabled", () -> "false");
        registry.add("spring.cloud.service-registry.auto-registration.enabled", () -> "false");
        String instances = "spring.cloud.discovery.client.simple.instances.";
        registry.add(instances + "enterprise-service[0].uri", () -> uri(enterprise.getAddress().getPort()));
        registry.add(instances + "hazard-service[0].uri", () -> uri(hazard.getAddress().getPort()));
        registry.add(instances + "enforcement-service[0].uri", () -> uri(stoppedPort));
        // enterprise-service's time limit, short so that the timeout case stays quick; still above Resilience4j's
        // 1 s default, which must not cut in.
        registry.add("WS_GATEWAY_ENTERPRISE_TIME_LIMIT_MS", () -> "3000");
        // Only the fetch at start-up and those on demand: a refresh must not hide a missing first fetch.
        registry.add("worksafety.gateway.openapi.refresh-interval", () -> "1h");
        registry.add("worksafety.gateway.security.disabled-clients", () -> "switched-off-client");
    }

    @AfterAll
    static void stopBackends() {
        enterprise.stop(0);
        hazard.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    BulkheadRegistry bulkheads;

    @Autowired
    CircuitBreakerRegistry breakers;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void routesToTheOwningServiceForwardingAndEchoingTheRequestId() throws Exception {
        String requestId = "test-" + UUID.randomUUID();

        HttpResponse<String> response = get("/api/v1/enterprises?page=0", "X-Request-Id", requestId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("seenRequestId").asString()).isEqualTo(requestId);
        assertThat(response.headers().allValues("X-Request-Id")).containsExactly(requestId);
    }

    @Test
    void stampsARequestIdWhenTheCallerGivesNoneOrAnInsaneOne() throws Exception {
        HttpResponse<String> none = get("/api/v1/enterprises");
        HttpResponse<String> tooLong = get("/api/v1/enterprises", "X-Request-Id", "x".repeat(129));

        String stamped = none.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(stamped)).isNotNull();
        assertThat(json.readTree(none.body()).path("seenRequestId").asString()).isEqualTo(stamped);
        assertThat(tooLong.headers().firstValue("X-Request-Id").orElseThrow()).hasSize(36);
    }

    @Test
    void aSlowButHealthyCallIsNotCutByTheTimeLimiter() throws Exception {
        assertThat(get("/api/v1/enterprises/slow").statusCode()).isEqualTo(200);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsAGatewayTimeoutProblem() throws Exception {
        JsonNode problem = assertProblem(get("/api/v1/enterprises/stuck"), 504,
                ProblemTypes.SERVICE_UNAVAILABLE.toString());
        assertThat(problem.path("detail").asString()).contains("enterprise-service");
    }

    @Test
    void theBulkheadIsSizedForLoadNotTheDefault25() throws Exception {
        get("/api/v1/enterprises");
        assertThat(bulkheads.bulkhead("enterprise-service").getBulkheadConfig().getMaxConcurrentCalls())
                .isEqualTo(200);
        assertThat(bulkheads.bulkhead("training-service").getBulkheadConfig().getMaxConcurrentCalls())
                .isEqualTo(200);
    }

    @Test
    void unknownPathIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-collection", "X-Request-Id", "abc-123");

        assertProblem(response, 404, ProblemTypes.NOT_FOUND.toString());
        assertThat(response.headers().firstValue("X-Request-Id")).contains("abc-123");
    }

    @Test
    void serviceWithoutInstanceIsAServiceUnavailableProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/trainees");

        JsonNode problem = assertProblem(response, 503, ProblemTypes.SERVICE_UNAVAILABLE.toString());
        assertThat(problem.path("detail").asString()).contains("training-service");
        assertThat(response.headers().firstValue("Retry-After")).contains("1");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/trainees");
    }

    /** Calls to a service with no instance are not failures of it: its first instance is not kept away. */
    @Test
    void aServiceWithoutInstanceKeepsItsCircuitBreakerClosed() throws Exception {
        for (int i = 0; i < 15; i++) {
            assertProblem(get("/api/v1/trainees"), 503, ProblemTypes.SERVICE_UNAVAILABLE.toString());
        }

        CircuitBreaker breaker = breakers.circuitBreaker("training-service");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void stoppedServiceIsAServiceUnavailableProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/cases/42");

        JsonNode problem = assertProblem(response, 503, ProblemTypes.SERVICE_UNAVAILABLE.toString());
        assertThat(problem.path("detail").asString()).contains("enforcement-service");
        assertThat(response.headers().firstValue("Retry-After")).contains("1");
    }

    @Test
    void aServicesOwnProblemPassesThroughUnchanged() throws Exception {
        HttpResponse<String> response = get("/api/v1/enterprises/bad");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).isEqualTo(BAD_REQUEST_PROBLEM);
    }

    @Test
    void mergedApiDocsHoldTheLiveServicesAndListTheMissingOnes() throws Exception {
        // The first call waits for hazard-service's slow document instead of leaving it out.
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(response.body());
        assertThat(doc.path("openapi").asString()).startsWith("3.1");
        assertThat(doc.path("info").path("title").asString()).isEqualTo(OpenApiMerger.TITLE);
        assertThat(doc.path("servers").get(0).path("url").asString()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(doc.path("paths").has("/api/v1/enterprises")).isTrue();
        assertThat(doc.path("paths").has("/api/v1/hazards")).isTrue();
        assertThat(doc.path("components").path("schemas").propertyNames()).contains("Enterprise", "Hazard");
        assertThat(doc.path(OpenApiMerger.UNAVAILABLE_EXTENSION).valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("enforcement-service", "training-service");
    }

    @Test
    void aQueryStringAboveTheLimitIsAUriTooLongProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/enterprises?q=" + "x".repeat(15 * 1024),
                "X-Request-Id", "long-uri-1");

        JsonNode problem = assertProblem(response, 414, ProblemTypes.URI_TOO_LONG.toString());
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/enterprises");
        assertThat(response.headers().firstValue("X-Request-Id")).contains("long-uri-1");
    }

    @Test
    void aPathTheFirewallRefusesIsAValidationProblemNamingThePathBeforeAnyToken() throws Exception {
        for (String path : List.of("/api/v1/enterprises/a%2Fb", "/api/v1/enterprises/a%00b",
                "/api/v1/enterprises/a%3Bb", "/api/v1/hazards/%FF%FE")) {
            HttpResponse<String> response = send(path, null);

            JsonNode problem = assertProblem(response, 400, ProblemTypes.VALIDATION.toString());
            assertThat(problem.path("errors").get(0).path("field").asString()).as(path).isEqualTo("path");
            assertThat(problem.path("requestId").asString()).as(path).isNotBlank();
        }
        assertThat(assertProblem(send("/api/v1/hazards/%FF%FE", null), 400, ProblemTypes.VALIDATION.toString())
                .path("errors").get(0).path("message").asString()).contains("UTF-8");
        // Valid UTF-8, percent-encoded, passes the firewall.
        assertThat(get("/api/v1/enterprises?town=%E8%80%BF%E8%BD%A6%E9%95%87").statusCode()).isEqualTo(200);
    }

    @Test
    void aQueryStringWithinTheLimitIsRouted() throws Exception {
        assertThat(get("/api/v1/enterprises?q=" + "x".repeat(3 * 1024)).statusCode()).isEqualTo(200);
    }

    @Test
    void headersAboveTheLimitAreARequestHeaderFieldsTooLargeProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/enterprises", "X-Filler", "x".repeat(20 * 1024));

        JsonNode problem = assertProblem(response, 431,
                "https://worksafety.sucheng.gov.cn/problems/request-headers-too-large");
        assertThat(problem.path("detail").asString()).contains("headers");
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        HttpResponse<String> config = get("/v3/gateway-api-docs/swagger-config");

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(json.readTree(config.body()).path("url").asString()).isEqualTo("/v3/api-docs");
        assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }

    @Test
    void healthProbesAndPrometheusAnswerOnTheMainPort() throws Exception {
        assertThat(send("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(send("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        HttpResponse<String> prometheus = get("/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("application=\"gateway\"").contains("route=\"enterprise-service\"");
    }

    @Test
    void aCallWithoutATokenIsAnUnauthenticatedProblem() throws Exception {
        HttpResponse<String> response = send("/api/v1/enterprises", null);

        JsonNode problem = assertProblem(response, 401, ProblemTypes.UNAUTHENTICATED.toString());
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/enterprises");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void expiredForgedAndDisabledClientsTokensAreRefused() throws Exception {
        assertProblem(send("/api/v1/enterprises", TestTokens.expired()), 401, ProblemTypes.UNAUTHENTICATED.toString());
        assertProblem(send("/api/v1/enterprises", TestTokens.forged()), 401, ProblemTypes.UNAUTHENTICATED.toString());
        String disabled = TestTokens.token("switched-off-client", java.util.List.of("enterprise:read"), null,
                Duration.ofMinutes(5), null);
        assertProblem(send("/api/v1/enterprises", disabled), 401, ProblemTypes.UNAUTHENTICATED.toString());
    }

    @Test
    void aTokenWithoutTheRoutesScopeIsAForbiddenProblemNamingTheScope() throws Exception {
        String hazardOnly = TestTokens.withScopes("hazard:read", "enterprise:write");

        JsonNode problem = assertProblem(send("/api/v1/enterprises", hazardOnly), 403, ProblemTypes.FORBIDDEN.toString());

        assertThat(problem.path("detail").asString()).contains("enterprise:read");
        assertThat(send("/api/v1/enterprises", TestTokens.withScopes("enterprise:read")).statusCode()).isEqualTo(200);
        assertProblem(send("/actuator/prometheus", TestTokens.withScopes("enterprise:read")), 403,
                ProblemTypes.FORBIDDEN.toString());
    }

    @Test
    void theOpenApiDocumentAndHealthNeedNoToken() throws Exception {
        assertThat(send("/v3/api-docs", null).statusCode()).isEqualTo(200);
        assertThat(send("/readyz", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aServiceErrorPageBecomesABadGatewayProblemWithoutItsInternals() throws Exception {
        String requestId = "test-" + UUID.randomUUID();

        HttpResponse<String> response = get("/api/v1/enterprises/crash", "X-Request-Id", requestId);

        JsonNode problem = assertProblem(response, 502, ProblemTypes.BAD_GATEWAY.toString());
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/enterprises/crash");
        assertThat(response.body()).doesNotContain("Exception", "Registry.java", "10.0.3.17", "jdbc:");
        assertThat(response.headers().allValues("X-Request-Id")).containsExactly(requestId);
        assertThat(problem.path("requestId").asString()).isEqualTo(requestId);
    }

    @Test
    void aServicesPlainTooLargeAnswerBecomesAPayloadTooLargeProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/enterprises/too-large");

        assertProblem(response, 413, ProblemTypes.PAYLOAD_TOO_LARGE.toString());
        assertThat(response.body()).doesNotContain("<html>");
    }

    @Test
    void aGetIsRetriedOnceWhenTheServiceSheds() throws Exception {
        String path = "/api/v1/enterprises/flaky-" + UUID.randomUUID();

        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(CALLS.get("GET " + path)).hasValue(2);
    }

    @Test
    void aPostIsNeverRetried() throws Exception {
        String path = "/api/v1/enterprises/flaky-" + UUID.randomUUID();
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestTokens.allScopes())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 503, ProblemTypes.SERVICE_UNAVAILABLE.toString());
        assertThat(CALLS.get("POST " + path)).hasValue(1);
    }

    @Test
    void aMethodTheGatewayDoesNotServeIsAMethodNotAllowedProblem() throws Exception {
        HttpRequest delete = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestTokens.allScopes())
                .DELETE().build();

        HttpResponse<String> response = http.send(delete, HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 405, ProblemTypes.METHOD_NOT_ALLOWED.toString());
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** GET as a client holding every scope. */
    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(path, TestTokens.allScopes(), headers);
    }

    /** GET with this bearer token, or none when null. */
    private HttpResponse<String> send(String path, String token, String... headers)
            throws IOException, InterruptedException {
        // Bounded, so a gateway that never answers fails the test instead of holding the build.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String uri(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static HttpServer backend(java.util.function.Consumer<HttpServer> contexts) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            contexts.accept(server);
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
