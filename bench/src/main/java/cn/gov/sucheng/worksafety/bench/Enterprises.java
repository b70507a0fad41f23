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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Registers the enterprises the scenarios look up, through {@code POST /api/v1/enterprises}. */
final class Enterprises {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final String[] AREAS = { "HAZARDOUS_CHEMICALS", "FIRE_SAFETY", "ROAD_TRANSPORT", "WATER_TRANSPORT",
            "CONSTRUCTION", "TOWN_GAS", "INDUSTRIAL_PARKS", "HAZARDOUS_WASTE", "SPECIAL_EQUIPMENT",
            "METALLURGY_INDUSTRY_TRADE", "OIL_GAS_PIPELINES", "OTHER" };
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
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/enterprises"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
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
