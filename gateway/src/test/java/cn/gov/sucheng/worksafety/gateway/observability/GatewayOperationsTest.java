package cn.gov.sucheng.worksafety.gateway.observability;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators see of the gateway: the access log (who called what), the trace context handed on to the
 * service, latency histograms per route, the admin operations (instances with their health, configuration with
 * secrets masked), and the merged OpenAPI document read by an OpenAPI 3 validator. A real HTTP backend (the JDK's
 * server) stands for enterprise-service; hazard-service is registered but stopped.
 */
// The access log's file is set before logging starts (a dynamic property comes too late); entries are told apart by
// their request ids, so what an earlier run left in it does not matter.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "worksafety.gateway.access-log.file=" + GatewayOperationsTest.ACCESS_LOG_FILE)
class GatewayOperationsTest {

    static final String ACCESS_LOG_FILE = "target/operations-test-access.jsonl";
    static final Path ACCESS_LOG = Path.of(ACCESS_LOG_FILE);
    static final String SECRET = "s3cr3t-" + UUID.randomUUID();

    /** The traceparent headers the service received. */
    static final ConcurrentLinkedQueue<String> traceparents = new ConcurrentLinkedQueue<>();

    static final HttpServer enterprise = backend();
    static final int stoppedPort = stoppedPort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.nacos.discovery.enabled", () -> "false");
        registry.add("spring.cloud.service-registry.auto-registration.enabled", () -> "false");
        String instances = "spring.cloud.discovery.client.simple.instances.";
        registry.add(instances + "enterprise-service[0].uri", () -> "http://127.0.0.1:" + enterprise.getAddress().getPort());
        registry.add(instances + "hazard-service[0].uri", () -> "http://127.0.0.1:" + stoppedPort);
        registry.add("worksafety.gateway.openapi.refresh-interval", () -> "1h");
        registry.add("worksafety.gateway.openapi.fetch-timeout", () -> "5s");
        registry.add("worksafety.example.client-secret", () -> SECRET);
        // Every request recorded, so that the trace's sampled flag is known; ids are propagated either way.
        registry.add("management.tracing.sampling.probability", () -> "1.0");
    }

    @AfterAll
    static void stopBackend() {
        enterprise.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ContextRefresher refresher;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aRoutedCallIsInTheAccessLogWithItsClientScopesRouteStatusRequestIdAndTrace() throws Exception {
        String traceId = randomHex(32);
        String requestId = "ops-" + UUID.randomUUID();
        HttpResponse<String> answer = send("GET", "/api/v1/enterprises?town=x",
                TestTokens.withScopes("enterprise:read", "hazard:read"),
                "X-Request-Id", requestId, "traceparent", "00-" + traceId + "-" + randomHex(16) + "-01");
        assertThat(answer.statusCode()).isEqualTo(200);

        // The service joins the caller's trace, as a child of the gateway's span (not of the caller's).
        assertThat(traceparents).anySatisfy(header -> assertThat(header).matches("00-" + traceId + "-[0-9a-f]{16}-01"));

        JsonNode entry = accessLogEntry(requestId);
        assertThat(entry.path("client").asString()).isEqualTo("test-client");
        assertThat(entry.path("scopes").valueStream().map(JsonNode::asString).toList())
                .containsExactly("enterprise:read", "hazard:read");
        assertThat(entry.path("method").asString()).isEqualTo("GET");
        assertThat(entry.path("route").asString()).isEqualTo("enterprise-service");
        assertThat(entry.path("path").asString()).isEqualTo("/api/v1/enterprises");
        assertThat(entry.path("status").asInt()).isEqualTo(200);
        assertThat(entry.path("traceId").asString()).isEqualTo(traceId);
        assertThat(entry.path("durationMs").asDouble()).isPositive();
        assertThat(Instant.parse(entry.path("time").asString())).isBetween(Instant.now().minusSeconds(120), Instant.now());
    }

    @Test
    void refusedCallsAreInTheAccessLogToo() throws Exception {
        String forbidden = "ops-" + UUID.randomUUID();
        assertThat(send("POST", "/api/v1/enterprises", TestTokens.withScopes("enterprise:read"),
                "X-Request-Id", forbidden).statusCode()).isEqualTo(403);
        JsonNode entry = accessLogEntry(forbidden);
        assertThat(entry.path("client").asString()).isEqualTo("test-client");
        assertThat(entry.path("method").asString()).isEqualTo("POST");
        assertThat(entry.path("status").asInt()).isEqualTo(403);

        String anonymous = "ops-" + UUID.randomUUID();
        assertThat(send("GET", "/api/v1/enterprises", null, "X-Request-Id", anonymous).statusCode()).isEqualTo(401);
        JsonNode unknown = accessLogEntry(anonymous);
        assertThat(unknown.has("client")).isFalse();
        assertThat(unknown.path("status").asInt()).isEqualTo(401);
    }

    @Test
    void prometheusHoldsLatencyHistogramsPerRouteForAdminsOnly() throws Exception {
        assertThat(send("GET", "/api/v1/enterprises", TestTokens.allScopes()).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/prometheus", TestTokens.withScopes("enterprise:read")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> metrics = send("GET", "/actuator/prometheus", TestTokens.withScopes("admin"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        // Buckets from 1 ms to 30 s, so that a dashboard computes any quantile per route over any set of replicas.
        List<String> buckets = metrics.body().lines().filter(line -> line.startsWith("http_server_requests_seconds_bucket{")
                && line.contains("route=\"enterprise-service\"") && line.contains("status=\"200\"")).toList();
        assertThat(buckets).hasSizeGreaterThan(10).anySatisfy(line -> assertThat(line).contains("le=\"+Inf\""));
        // One timer per request: the gateway's own per-route timer would record the same again.
        assertThat(metrics.body()).doesNotContain("spring_cloud_gateway_requests");
    }

    @Test
    void latencyHistogramsSurviveAConfigurationRefresh() throws Exception {
        assertThat(send("GET", "/api/v1/enterprises", TestTokens.allScopes()).statusCode()).isEqualTo(200);
        Tags routed = Tags.of(meters.get("http.server.requests").tag("route", "enterprise-service").timer().getId()
                .getTags());
        // Meters appear while a Nacos change is being applied (a request with a status or route not seen before).
        // Each is taken away again once checked, unless it came without buckets: one such meter among the
        // histograms breaks every scrape.
        AtomicBoolean refreshing = new AtomicBoolean(true);
        AtomicInteger registered = new AtomicInteger();
        List<String> withoutBuckets = new CopyOnWriteArrayList<>();
        // A failure on the registering thread fails the test (get() below) rather than leave nothing checked.
        CompletableFuture<Void> requests = CompletableFuture.runAsync(() -> {
            while (refreshing.get()) {
                Timer timer = Timer.builder("http.server.requests").tags(routed.and("route", "refresh-test",
                        "status", String.valueOf(registered.incrementAndGet()))).register(meters);
                timer.record(Duration.ofMillis(3));
                if (timer.takeSnapshot().histogramCounts().length == 0) {
                    withoutBuckets.add(timer.getId().toString());
                }
                else {
                    meters.remove(timer);
                }
            }
        });
        // What the gateway does when Nacos reports a change of gateway.yaml: every settings bean is rebound.
        for (int change = 0; change < 3; change++) {
            refresher.refresh();
        }
        refreshing.set(false);
        requests.get();

        assertThat(registered).hasPositiveValue();
        assertThat(withoutBuckets).isEmpty();
        HttpResponse<String> metrics = send("GET", "/actuator/prometheus", TestTokens.withScopes("admin"));
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
    }

    @Test
    void adminsSeeEachServicesInstancesWithTheirHealth() throws Exception {
        assertThat(send("GET", "/admin/instances", TestTokens.withScopes("enterprise:read", "enterprise:write"))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> answer = send("GET", "/admin/instances", TestTokens.withScopes("admin"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode services = json.readTree(answer.body());
        assertThat(instance(services, "enterprise-service").path("health").asString()).isEqualTo("UP");
        assertThat(instance(services, "enterprise-service").path("components").path("db").asString()).isEqualTo("UP");
        assertThat(instance(services, "hazard-service").path("health").asString()).isEqualTo("UNREACHABLE");
    }

    @Test
    void adminsSeeTheConfigurationInEffectWithSecretsMasked() throws Exception {
        assertThat(send("GET", "/admin/configuration", TestTokens.withScopes("enterprise:read")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> answer = send("GET", "/admin/configuration", TestTokens.withScopes("admin"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain(SECRET).contains("worksafety.example.client-secret");
        assertThat(property(answer.body(), "worksafety.example.client-secret")).contains("******");
        assertThat(property(answer.body(), "worksafety.gateway.access-log.file")).contains(ACCESS_LOG.toString());
    }

    @Test
    void theMergedDocumentValidatesAsOpenApi3WithTheSecuritySchemesScopesAndProblemAnswers() throws Exception {
        HttpResponse<String> doc = send("GET", "/v3/api-docs", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(doc.body(), null, null);
        assertThat(parsed.getMessages()).as("validator messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        SecurityScheme oauth2 = api.getComponents().getSecuritySchemes().get("oauth2");
        assertThat(oauth2.getFlows().getClientCredentials().getTokenUrl()).endsWith("/oauth2/token");
        assertThat(oauth2.getFlows().getClientCredentials().getScopes()).containsKeys("enterprise:read", "admin");
        assertThat(api.getComponents().getSecuritySchemes().get("bearerJwt").getBearerFormat()).isEqualTo("JWT");

        Operation list = api.getPaths().get("/api/v1/enterprises").getGet();
        assertThat(list.getSecurity()).anySatisfy(r -> assertThat(r.get("oauth2")).containsExactly("enterprise:read"));
        Operation register = api.getPaths().get("/api/v1/enterprises").getPost();
        assertThat(register.getSecurity()).anySatisfy(r -> assertThat(r.get("oauth2")).containsExactly("enterprise:write"));
        assertThat(register.getResponses()).containsKeys("400", "401", "403", "409", "422", "429", "503");
        assertThat(register.getResponses().get("201").getDescription()).isEqualTo("Registered");
        assertThat(api.getPaths().get("/api/v1/enterprises/{id}").getGet().getResponses()).containsKeys("404");
        for (String status : List.of("400", "401", "403", "404", "409", "412", "422", "429", "503")) {
            var media = api.getComponents().getResponses().get("Problem" + status).getContent()
                    .get("application/problem+json");
            assertThat(media.getSchema().get$ref()).isEqualTo("#/components/schemas/Problem");
            assertThat(String.valueOf(media.getExample())).contains("\"status\":" + status);
        }
    }

    private JsonNode instance(JsonNode services, String service) {
        for (JsonNode s : services) {
            if (s.path("service").asString().equals(service)) {
                assertThat(s.path("instances").size()).isEqualTo(1);
                return s.path("instances").get(0);
            }
        }
        throw new AssertionError(service + " is not listed: " + services);
    }

    private List<String> property(String environment, String name) {
        List<String> values = new java.util.ArrayList<>();
        json.readTree(environment).path("propertySources").forEach(source -> {
            JsonNode property = source.path("properties").path(name);
            if (!property.isMissingNode()) {
                values.add(property.path("value").asString());
            }
        });
        assertThat(values).as(name).isNotEmpty();
        return values;
    }

    /** The access log is written asynchronously: the entry is waited for. */
    private JsonNode accessLogEntry(String requestId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(ACCESS_LOG)) {
                Optional<JsonNode> found = Files.readAllLines(ACCESS_LOG).stream().map(json::readTree)
                        .filter(entry -> entry.path("requestId").asString().equals(requestId)).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no access log entry for request " + requestId + " in " + ACCESS_LOG);
    }

    private HttpResponse<String> send(String method, String path, String token, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String randomHex(int length) {
        return UUID.randomUUID().toString().replace("-", "").repeat(2).substring(0, length);
    }

    private static HttpServer backend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/api/v1/enterprises", exchange -> {
                String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
                if (traceparent != null) {
                    traceparents.add(traceparent);
                }
                reply(exchange, "{\"items\":[]}");
            });
            server.createContext("/v3/api-docs", exchange -> reply(exchange, """
                    {"openapi":"3.1.0","info":{"title":"enterprise-service","version":"v1"},
                     "paths":{"/api/v1/enterprises":{
                        "get":{"operationId":"list","parameters":[{"name":"town","in":"query","schema":{"type":"string"}}],
                               "responses":{"200":{"description":"OK"}}},
                        "post":{"operationId":"register","requestBody":{"content":{"application/json":
                                {"schema":{"$ref":"#/components/schemas/Enterprise"}}}},
                               "responses":{"201":{"description":"Registered"}}}},
                      "/api/v1/enterprises/{id}":{"get":{"operationId":"read","parameters":[{"name":"id","in":"path",
                               "required":true,"schema":{"type":"string","format":"uuid"}}],
                               "responses":{"200":{"description":"OK"}}}}},
                     "components":{"schemas":{"Enterprise":{"type":"object"}}}}"""));
            server.createContext("/actuator/health", exchange -> reply(exchange,
                    "{\"status\":\"UP\",\"components\":{\"db\":{\"status\":\"UP\",\"details\":{\"database\":\"PostgreSQL\"}}}}"));
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int stoppedPort() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            int port = server.getAddress().getPort();
            server.stop(0);
            return port;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
