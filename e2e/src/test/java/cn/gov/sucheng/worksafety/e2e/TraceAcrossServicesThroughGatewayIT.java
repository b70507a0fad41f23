package cn.gov.sucheng.worksafety.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One request followed through the suite's logs as an operator would: a hazard report through the gateway (which
 * asks enterprise-service over gRPC about the enterprise) leaves one trace id and one request id in the gateway's
 * access log, hazard-service's log and enterprise-service's log; the RPC's latency lands in both services'
 * Prometheus histograms.
 */
class TraceAcrossServicesThroughGatewayIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final JsonHttp gateway = new JsonHttp(Suite.gateway(), Duration.ofSeconds(20));

    @BeforeAll
    static void startTheSuite() {
        Suite.started();
    }

    @Test
    void aHazardReportLeavesOneTraceIdInTheLogsOfGatewayServiceAndSibling() throws Exception {
        Answer list = gateway.get("/api/v1/enterprises?size=1");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        String enterprise = list.json().path("items").get(0).path("id").asString();

        String requestId = "trace-e2e-" + UUID.randomUUID();
        Answer reported = gateway.send(HttpRequest.newBuilder(URI.create(Suite.gateway() + "/api/v1/hazards"))
                .header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(JsonHttp.json(Map.of("enterpriseId", enterprise, "place",
                        "三号车间", "description", "配电箱门未关闭", "grade", "GENERAL", "source", "GRID_WORKER",
                        "reportedBy", "网格员 23")))));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(reported.header("X-Request-Id")).isEqualTo(requestId);

        Path logs = Suite.started().home().resolve("logs");
        JsonNode access = waitFor(() -> accessLogEntry(logs.resolve("gateway-access.jsonl"), requestId),
                "the gateway's access log entry of " + requestId);
        assertThat(access.path("route").asString()).isEqualTo("hazard-service");
        assertThat(access.path("status").asInt()).isEqualTo(201);
        String traceId = access.path("traceId").asString();
        assertThat(traceId).matches("[0-9a-f]{32}");

        // The service's own lines and the sibling's, each carrying the trace id and the request id.
        String hazardLine = waitFor(() -> line(logs.resolve("hazard-service.log"), traceId, "grpc call "),
                "hazard-service's log line of its gRPC call in trace " + traceId);
        assertThat(hazardLine).contains("EnterpriseService/", requestId);
        String enterpriseLine = waitFor(() -> line(logs.resolve("enterprise-service.log"), traceId, "grpc served "),
                "enterprise-service's log line of the call it served in trace " + traceId);
        assertThat(enterpriseLine).contains("EnterpriseService/", requestId);
    }

    @Test
    void eachServiceExposesLatencyHistogramsPerRpcAndTheGatewayPerRoute() throws Exception {
        Answer list = gateway.get("/api/v1/enterprises?size=1");
        String enterprise = list.json().path("items").get(0).path("id").asString();
        assertThat(gateway.post("/api/v1/hazards", JsonHttp.json(Map.of("enterpriseId", enterprise, "place", "仓库",
                "description", "灭火器过期", "grade", "GENERAL", "source", "GRID_WORKER", "reportedBy", "网格员 5")))
                .status()).isEqualTo(201);

        String hazard = prometheus("http://127.0.0.1:" + Suite.port("WS_HAZARD_PORT", 8082), null);
        assertThat(buckets(hazard, "grpc_client_seconds_bucket{", "EnterpriseService")).hasSizeGreaterThan(10);
        String enterpriseMetrics = prometheus("http://127.0.0.1:" + Suite.port("WS_ENTERPRISE_PORT", 8081), null);
        assertThat(buckets(enterpriseMetrics, "grpc_server_seconds_bucket{", "EnterpriseService")).hasSizeGreaterThan(10);
        assertThat(buckets(enterpriseMetrics, "http_server_requests_seconds_bucket{", "uri=\"/api/v1/enterprises\""))
                .hasSizeGreaterThan(10);

        String admin = ScopeMatrixThroughGatewayIT.token(List.of("admin"));
        assertThat(gateway.withToken(ScopeMatrixThroughGatewayIT.token(List.of("hazard:read")))
                .get("/actuator/prometheus").status()).isEqualTo(403);
        String gatewayMetrics = prometheus(Suite.gateway(), admin);
        assertThat(buckets(gatewayMetrics, "http_server_requests_seconds_bucket{", "route=\"hazard-service\""))
                .hasSizeGreaterThan(10);
    }

    static List<String> buckets(String metrics, String prefix, String tag) {
        return metrics.lines().filter(l -> l.startsWith(prefix) && l.contains(tag)).toList();
    }

    static String prometheus(String base, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(base + " " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    static Optional<JsonNode> accessLogEntry(Path file, String requestId) {
        return lines(file).stream().filter(l -> l.contains(requestId)).map(JSON::readTree)
                .filter(e -> e.path("requestId").asString().equals(requestId)).findFirst();
    }

    static Optional<String> line(Path file, String traceId, String marker) {
        return lines(file).stream().filter(l -> l.contains(traceId) && l.contains(marker)).findFirst();
    }

    static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Logs are written asynchronously (the access log) or after the answer (the call lines): waited for. */
    private static <T> T waitFor(Callable<Optional<T>> probe, String what) {
        return await(what).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(probe, Optional::isPresent).orElseThrow();
    }
}
