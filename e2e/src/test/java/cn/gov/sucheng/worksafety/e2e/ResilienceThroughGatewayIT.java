package cn.gov.sucheng.worksafety.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway's limits and resilience as an outside system meets them: a client over its rate limit (set through
 * Nacos while the suite runs) gets 429 with Retry-After, and a stopped service answers 503 problem+json within its
 * route's time limit, then 200 once it is back.
 */
class ResilienceThroughGatewayIT {

    static final String PROBLEM = "application/problem+json";
    /** training-service's route time limit (gateway application.yml, WS_GATEWAY_TRAINING_TIME_LIMIT_MS). */
    static final Duration TRAINING_TIME_LIMIT = Duration.ofSeconds(10);

    static Suite suite;
    static JsonHttp gateway;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void suite() {
        suite = Suite.started();
        gateway = new JsonHttp(Suite.gateway(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void removeTheLimit() throws Exception {
        http.send(HttpRequest.newBuilder(nacosConfig("?dataId=gateway.yaml&groupName=DEFAULT_GROUP")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClientOverItsLimitGetsTooManyRequestsWithRetryAfter() throws Exception {
        // grid-platform's limit, lowered through Nacos config while the gateway runs: no restart.
        String content = "worksafety.gateway.rate-limits.clients.grid-platform:\n  requests: 5\n  per: 1h\n";
        HttpResponse<String> published = http.send(HttpRequest.newBuilder(nacosConfig(""))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dataId=gateway.yaml&groupName=DEFAULT_GROUP&type=yaml&content="
                        + URLEncoder.encode(content, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        JsonHttp grid = gateway.withToken(suite.token("grid-platform", "grid-dev-secret", "enterprise:read"));

        // The gateway applies the new limit when Nacos tells it; after 5 requests in the hour, the next is refused.
        Answer answer = await("grid-platform refused over its new limit").atMost(Duration.ofSeconds(90))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).until(() -> {
                    Answer asked = grid.get("/api/v1/enterprises?page=0&size=1");
                    assertThat(asked.status()).as(asked.toString()).isIn(200, 429);
                    return asked;
                }, asked -> asked.status() == 429);

        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.json().path("type").asString()).endsWith("/problems/rate-limited");
        assertThat(answer.json().path("detail").asString()).contains("grid-platform", "5 requests per 1h");
        // One request comes back every 12 minutes.
        assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 720L);
        assertThat(answer.header("X-Request-Id")).isNotBlank();
        // Other clients keep their own allowance.
        assertThat(gateway.get("/api/v1/enterprises?page=0&size=1").status()).isEqualTo(200);
    }

    @Test
    void aStoppedServiceIsAQuickServiceUnavailableProblemAndServedAgainOnceBack() throws Exception {
        assertThat(gateway.get("/api/v1/trainees?page=0&size=1").status()).isEqualTo(200);
        suite.run("stop-app", "training-service");
        try {
            // Whether the gateway still knows the stopped instance (refused connection, one retry) or has seen it
            // leave Nacos (no instance), each answer comes well within the route's time limit.
            for (int i = 0; i < 5; i++) {
                Instant start = Instant.now();
                Answer down = gateway.get("/api/v1/trainees?page=0&size=1");
                Duration took = Duration.between(start, Instant.now());
                assertThat(down.status()).as(down.toString()).isEqualTo(503);
                assertThat(down.contentType()).startsWith(PROBLEM);
                assertThat(down.json().path("type").asString()).endsWith("/problems/service-unavailable");
                assertThat(down.body()).doesNotContain("127.0.0.1", "Exception");
                assertThat(took).isLessThan(TRAINING_TIME_LIMIT);
            }
        }
        finally {
            suite.run("start-app", "training-service");
        }
        await("training-service served again").atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get("/api/v1/trainees?page=0&size=1"), again -> again.status() == 200);
    }

    private static URI nacosConfig(String query) {
        return URI.create("http://127.0.0.1:" + Suite.port("WS_NACOS_PORT", 8848) + "/nacos/v3/admin/cs/config" + query);
    }
}
