package cn.gov.sucheng.worksafety.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests that call the suite as an outside system does: JSON in, status, headers
 * and JSON out. No Spring on the calling side, so the tests see exactly what goes over the wire.
 * <p>
 * Every request carries {@code Authorization: Bearer <token>} unless it sets that header itself: by default
 * the token in the system property {@code ws.token} or the environment variable {@code WS_TOKEN} (the
 * end-to-end tests put one from the suite's issuer there), else a test issuer's token with every scope
 * ({@link TestTokens#allScopes()}), which every {@code @SpringBootTest} trusts. {@link #anonymous()} and
 * {@link #withToken(String)} call otherwise.
 */
public final class JsonHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient client;
    private final Duration timeout;
    /** The token to send, asked for at each request; null sends none. */
    private final java.util.function.Supplier<String> token;

    public JsonHttp(String baseUrl) {
        this(baseUrl, Duration.ofSeconds(30));
    }

    public JsonHttp(String baseUrl, Duration timeout) {
        this(baseUrl, timeout, JsonHttp::defaultToken);
    }

    private JsonHttp(String baseUrl, Duration timeout, java.util.function.Supplier<String> token) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
        this.timeout = timeout;
        this.token = token;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The same base URL and timeout, without any token. */
    public JsonHttp anonymous() {
        return new JsonHttp(baseUrl, timeout, () -> null);
    }

    /** The same base URL and timeout, with this bearer token. */
    public JsonHttp withToken(String bearerToken) {
        return new JsonHttp(baseUrl, timeout, () -> bearerToken);
    }

    private static String defaultToken() {
        String given = System.getProperty("ws.token", System.getenv("WS_TOKEN"));
        return given != null && !given.isBlank() ? given : TestTokens.allScopes();
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST as a client that may retry it sends it: with an {@code Idempotency-Key}. */
    public Answer post(String path, String json, String idempotencyKey) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(timeout).build();
            String bearer = token.get();
            if (bearer != null && built.headers().firstValue("Authorization").isEmpty()) {
                built = HttpRequest.newBuilder(built, (name, value) -> true)
                        .header("Authorization", "Bearer " + bearer).build();
            }
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            return new Answer(response);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** One HTTP answer. */
    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        /** The fields a validation problem names under {@code errors}. */
        public java.util.List<String> invalidFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
            return fields;
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
