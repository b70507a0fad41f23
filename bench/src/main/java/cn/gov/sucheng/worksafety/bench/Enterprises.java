package cn.gov.sucheng.worksafety.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers the enterprises the scenarios look up, through {@code POST /api/v1/enterprises}: a few hundred with
 * {@link #register} (scenarios a and b), or the registry at 100× the district with {@link #registerMany}
 * (scenario c).
 */
final class Enterprises {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final String[] AREAS = { "HAZARDOUS_CHEMICALS", "FIRE_SAFETY", "ROAD_TRANSPORT", "WATER_TRANSPORT",
            "CONSTRUCTION", "TOWN_GAS", "INDUSTRIAL_PARKS", "HAZARDOUS_WASTE", "SPECIAL_EQUIPMENT",
            "METALLURGY_INDUSTRY_TRADE", "OIL_GAS_PIPELINES", "OTHER" };
    /** The district's towns and streets, as in dev/seed/DemoData.java. */
    private static final String[] TOWNS = { "幸福街道", "项里街道", "河滨街道", "古城街道", "双庄街道", "支口街道",
            "三棵树街道", "耿车镇", "埠子镇", "龙河镇", "洋北镇", "蔡集镇", "王官集镇", "屠园镇", "罗圩乡", "中扬镇",
            "陈集镇", "宿城经济开发区", "运河宿迁港产业园" };
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    private Enterprises() {
    }

    /** The check character of the first 17 characters (GB 32100-2015). */
    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /**
     * 91 + division 321302 + "BN" + 'B' (position 11) + a two-character run tag + the index in base 31 + check.
     * The demo data always has "MA" in positions 9-10, so these never collide with it.
     */
    static String creditCode(String tag, int index) {
        StringBuilder n = new StringBuilder();
        for (int v = index, i = 0; i < 4; i++, v /= 31) {
            n.insert(0, ALPHABET.charAt(v % 31));
        }
        String first17 = "91321302BNB" + tag + n;
        return first17 + check(first17);
    }

    /** One registered enterprise: its id and its credit code. */
    record Registered(String id, String creditCode) {
    }

    /**
     * Registers {@code count} enterprises with {@code POST {baseUrl}/api/v1/enterprises}, {@code concurrency}
     * at a time, each sender on its own keep-alive connection ({@link HttpConnection}); reports progress to
     * {@code progress} (the number done, about every 1%). The codes share one random run tag; a 409 (a code
     * taken by an earlier run on the same database) tries the index with another tag, at most 5 times. A
     * connection failure is retried at most 3 times per enterprise (a retried POST that had in fact gone
     * through answers 409 and moves to another tag: at worst one extra enterprise). Any other answer stops
     * the registration with an exception.
     */
    static List<Registered> registerMany(String baseUrl, int count, int concurrency, IntConsumer progress) throws Exception {
        URI uri = URI.create(baseUrl);
        String host = uri.getHost();
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        String tag = randomTag();
        Registered[] done = new Registered[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        int step = Math.max(1, count / 100);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread t = new Thread(() -> {
                HttpConnection connection = new HttpConnection(host, port, 30_000);
                try {
                    for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                        done[i] = registerOne(connection, tag, i);
                        int n = finished.incrementAndGet();
                        if (n % step == 0 || n == count) {
                            progress.accept(n);
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    connection.close();
                }
            }, "register-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return List.of(done);
    }

    private static Registered registerOne(HttpConnection connection, String runTag, int index) throws Exception {
        String tag = runTag;
        int ioFailures = 0;
        for (int attempt = 0; attempt < 5; ) {
            String code = creditCode(tag, index);
            String body = String.format(Locale.ROOT,
                    "{\"creditCode\":\"%s\",\"name\":\"宿迁市百倍规模测试%s第%d号有限公司\",\"town\":\"%s\","
                            + "\"industryArea\":\"%s\",\"latitude\":%.5f,\"longitude\":%.5f}",
                    code, tag, index, TOWNS[index % TOWNS.length], AREAS[index % AREAS.length],
                    33.90 + (index % 100) * 0.001, 118.20 + (index % 97) * 0.001);
            int status;
            try {
                status = connection.post("/api/v1/enterprises", body);
            } catch (java.io.IOException e) {
                if (++ioFailures > 3) {
                    throw new IllegalStateException("POST /api/v1/enterprises failed " + ioFailures + " times (index " + index + ")", e);
                }
                continue;
            }
            if (status == 201) {
                String location = connection.location();
                if (location != null && location.length() >= 36) {
                    return new Registered(location.substring(location.length() - 36), code);
                }
                Matcher m = ID.matcher(connection.body());
                if (!m.find()) {
                    throw new IllegalStateException("201 without an id: " + connection.body());
                }
                return new Registered(m.group(1), code);
            }
            if (status != 409) {
                throw new IllegalStateException("POST /api/v1/enterprises answered " + status + ": " + connection.body());
            }
            tag = randomTag();
            attempt++;
        }
        throw new IllegalStateException("5 credit codes in a row were already registered (index " + index + ")");
    }

    static String randomTag() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "" + ALPHABET.charAt(r.nextInt(31)) + ALPHABET.charAt(r.nextInt(31));
    }

    /** Registers {@code count} enterprises at {@code baseUrl}; their ids. */
    static List<String> register(String baseUrl, int count) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> registerOne(http, baseUrl, index)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : futures) {
                ids.add(f.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String registerOne(HttpClient http, String baseUrl, int index) throws Exception {
        // A code taken by an earlier run on the same database answers 409: try another run tag (bounded).
        for (int attempt = 0; attempt < 5; attempt++) {
            String tag = randomTag();
            String body = String.format(Locale.ROOT,
                    "{\"creditCode\":\"%s\",\"name\":\"宿迁市基准测试%s第%d号有限公司\",\"town\":\"耿车镇\","
                            + "\"industryArea\":\"%s\",\"latitude\":%.5f,\"longitude\":%.5f}",
                    creditCode(tag, index), tag, index, AREAS[index % AREAS.length],
                    33.90 + (index % 100) * 0.001, 118.20 + (index % 97) * 0.001);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/enterprises"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            String token = System.getenv("WS_TOKEN");
            if (token != null && !token.isBlank()) {
                builder.header("Authorization", "Bearer " + token);
            }
            HttpRequest request = builder.build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                Matcher m = ID.matcher(r.body());
                if (!m.find()) {
                    throw new IllegalStateException("201 without an id: " + r.body());
                }
                return m.group(1);
            }
            if (r.statusCode() != 409) {
                throw new IllegalStateException("POST /api/v1/enterprises answered " + r.statusCode() + ": " + r.body());
            }
        }
        throw new IllegalStateException("5 credit codes in a row were already registered (index " + index + ")");
    }
}
