import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The gateway as the demo-data programs of dev/seed call it, like any district system: JSON with
 * {@code Authorization: Bearer $WS_TOKEN} (dev/suite.sh seed() gets a token for the seeding client), an
 * Idempotency-Key on POSTs, and a pause and another try while the gateway sheds load or a service is away for a
 * moment. Safe to share between threads.
 */
public final class Gateway {

    /** What is retried besides the transient answers: 429, 502, 503, 504, and 409 with Retry-After. */
    public enum Retry {
        /** Nothing else: a connect failure or a timeout ends the program. */
        TRANSIENT_ANSWERS,
        /** Connect failures and timeouts too. */
        ALSO_NETWORK_FAILURES,
        /** Any 5xx to a POST with an Idempotency-Key too: the key makes another try safe. */
        ALSO_SERVER_ERRORS_ON_POST
    }

    private final String base;
    private final String keyPrefix;
    private final HttpClient http;
    private final Duration timeout;
    private final int attempts;
    private final Retry retry;
    private final String token = System.getenv("WS_TOKEN");

    /**
     * @param url the gateway's URL (a trailing slash is dropped)
     * @param keyPrefix how every POST's Idempotency-Key starts; null sends none
     * @param connectTimeout for opening a connection
     * @param timeout for each request's answer
     * @param attempts tries per request, the first included
     * @param retry what is retried besides the transient answers
     */
    public Gateway(String url, String keyPrefix, Duration connectTimeout, Duration timeout, int attempts, Retry retry) {
        this.base = url.replaceAll("/$", "");
        this.keyPrefix = keyPrefix;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.timeout = timeout;
        this.attempts = attempts;
        this.retry = retry;
    }

    /**
     * Sends {@code json} (null: no body) to {@code path} under the gateway's URL. A POST's Idempotency-Key ends in
     * a digest of path and body, so the same request carries the same key however often it is sent.
     */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        String key = keyPrefix != null && method.equals("POST") ? keyPrefix + "-" + digest(path + " " + json) : null;
        return exchange(method, path, json, key);
    }

    /** A POST whose Idempotency-Key ends in {@code name}, chosen by the caller, instead of a digest. */
    public HttpResponse<String> post(String path, String name, String json) throws IOException, InterruptedException {
        return exchange("POST", path, json, keyPrefix + "-" + name);
    }

    private HttpResponse<String> exchange(String method, String path, String json, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        HttpRequest request = builder.build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> r;
            try {
                r = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            catch (HttpTimeoutException | ConnectException ex) {
                if (retry != Retry.ALSO_NETWORK_FAILURES || attempt >= attempts) {
                    throw ex;
                }
                backOff(attempt);
                continue;
            }
            if (!worthRetrying(r, key != null) || attempt >= attempts) {
                return r;
            }
            backOff(attempt);
        }
    }

    // The gateway sheds load (429, 503), finds no instance for a moment (502) or times out (504); a request still
    // running under the same key answers 409 with Retry-After (no other 409 carries one).
    private boolean worthRetrying(HttpResponse<String> r, boolean keyed) {
        int s = r.statusCode();
        return s == 429 || s == 502 || s == 503 || s == 504
                || (s == 409 && r.headers().firstValue("Retry-After").isPresent())
                || (retry == Retry.ALSO_SERVER_ERRORS_ON_POST && keyed && s >= 500);
    }

    // Pauses grow to 8 s, so that enough tries outlast a breaker the gateway opened (10 s at a time); the jitter
    // keeps concurrent workers from retrying in step.
    private static void backOff(int attempt) throws InterruptedException {
        Thread.sleep(Math.min(8_000L, 250L << attempt) + ThreadLocalRandom.current().nextLong(250));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }
}
