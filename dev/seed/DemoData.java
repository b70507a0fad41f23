import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo data for Sucheng district, loaded through the gateway as any district system would: the supervised
 * enterprises of the risk map with valid credit codes of division 321302, and hazards reported at some of
 * them. Deterministic (same seed, same district); re-running it adds nothing twice.
 *
 * <pre>java dev/seed/DemoData.java GATEWAY_URL [SCALE]</pre>
 * SCALE multiplies the district (709 enterprises) for benchmarks.
 */
public class DemoData {

    static final int DISTRICT_ENTERPRISES = 709;
    static final long SEED = 321302L;
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    // Town or street, with a point near its centre (WGS 84).
    record Town(String name, double lat, double lon) {
    }

    static final List<Town> TOWNS = List.of(
            new Town("幸福街道", 33.955, 118.295), new Town("项里街道", 33.945, 118.265),
            new Town("河滨街道", 33.965, 118.285), new Town("古城街道", 33.975, 118.305),
            new Town("双庄街道", 33.930, 118.230), new Town("支口街道", 33.985, 118.245),
            new Town("三棵树街道", 33.915, 118.330), new Town("耿车镇", 33.940, 118.170),
            new Town("埠子镇", 33.880, 118.210), new Town("龙河镇", 33.850, 118.290),
            new Town("洋北镇", 34.050, 118.230), new Town("蔡集镇", 34.020, 118.150),
            new Town("王官集镇", 34.070, 118.300), new Town("屠园镇", 33.830, 118.360),
            new Town("罗圩乡", 34.010, 118.100), new Town("中扬镇", 33.900, 118.410),
            new Town("陈集镇", 34.080, 118.420), new Town("宿城经济开发区", 33.925, 118.260),
            new Town("运河宿迁港产业园", 33.990, 118.350));

    // Industry area with its share of the district's enterprises and words for names.
    record Industry(String area, int weight, String[] trades) {
    }

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("HAZARDOUS_CHEMICALS", 5, new String[] { "化工", "精细化学品", "气体", "涂料" }),
            new Industry("FIRE_SAFETY", 10, new String[] { "商贸", "购物中心", "酒店管理", "餐饮" }),
            new Industry("ROAD_TRANSPORT", 8, new String[] { "物流", "运输", "汽车运输" }),
            new Industry("WATER_TRANSPORT", 3, new String[] { "港务", "航运", "船舶运输" }),
            new Industry("CONSTRUCTION", 12, new String[] { "建设工程", "建筑安装", "市政工程" }),
            new Industry("TOWN_GAS", 3, new String[] { "燃气", "液化气" }),
            new Industry("INDUSTRIAL_PARKS", 6, new String[] { "科技", "新材料", "电子" }),
            new Industry("HAZARDOUS_WASTE", 2, new String[] { "环保科技", "资源再生" }),
            new Industry("SPECIAL_EQUIPMENT", 6, new String[] { "起重机械", "锅炉", "电梯工程" }),
            new Industry("METALLURGY_INDUSTRY_TRADE", 35, new String[] { "木业", "家具", "纺织", "机械制造", "五金", "食品", "板材", "汽配" }),
            new Industry("OIL_GAS_PIPELINES", 2, new String[] { "石油销售", "天然气管道" }),
            new Industry("OTHER", 8, new String[] { "农业科技", "仓储", "印务" }));

    static final String[] BRANDS = { "恒安", "宏达", "金鼎", "瑞丰", "华宇", "永泰", "兴隆", "新源", "鑫盛", "宝龙",
            "金鹰", "运河", "项王", "楚韵", "洪泽", "骆马", "宿豫", "德润", "万通", "天成", "汇丰", "嘉禾", "明辉", "昌盛",
            "东方", "中诚", "乾元", "泰和", "锦程", "利民" };

    static final String[][] HAZARDS = {
            { "储罐区可燃气体报警器失效", "MAJOR" }, { "消防通道被货物堵塞", "GENERAL" },
            { "配电箱未接地，电线私拉乱接", "GENERAL" }, { "粉尘作业区未设置除尘系统", "MAJOR" },
            { "特种作业人员无证上岗", "GENERAL" }, { "安全出口指示标志损坏", "GENERAL" },
            { "有限空间作业未执行审批制度", "MAJOR" }, { "叉车制动失灵仍在使用", "GENERAL" } };
    static final String[] SOURCES = { "SELF_INSPECTION", "GRID_WORKER", "PUBLIC_TIP", "MONITORING_ALERT" };

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java DemoData.java GATEWAY_URL [SCALE]");
            System.exit(2);
        }
        String gateway = args[0].replaceAll("/$", "");
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Random random = new Random(SEED);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger existing = new AtomicInteger();
        List<Future<String>> ids = new ArrayList<>();
        int total = DISTRICT_ENTERPRISES * scale;
        for (int i = 0; i < total; i++) {
            String body = enterprise(random, i);
            ids.add(pool.submit(() -> {
                HttpResponse<String> r = post(http, gateway + "/api/v1/enterprises", body);
                if (r.statusCode() == 201) {
                    created.incrementAndGet();
                    return idOf(r.body());
                }
                if (r.statusCode() == 409) {
                    existing.incrementAndGet();
                    return null;
                }
                throw new IllegalStateException("enterprise refused: " + r.statusCode() + " " + r.body());
            }));
        }
        List<String> newIds = new ArrayList<>();
        for (Future<String> f : ids) {
            String id = f.get();
            if (id != null) {
                newIds.add(id);
            }
        }
        // Hazards only at enterprises this run created, so a second run adds none.
        int hazards = 0;
        for (int i = 0; i < newIds.size(); i += 7) {
            String[] hazard = HAZARDS[random.nextInt(HAZARDS.length)];
            String body = "{\"enterpriseId\":\"" + newIds.get(i) + "\",\"description\":\"" + hazard[0]
                    + "\",\"grade\":\"" + hazard[1] + "\",\"source\":\"" + SOURCES[random.nextInt(SOURCES.length)]
                    + "\",\"reportedBy\":\"网格员" + (1 + random.nextInt(210)) + "\"}";
            HttpResponse<String> r = post(http, gateway + "/api/v1/hazards", body);
            if (r.statusCode() != 201) {
                throw new IllegalStateException("hazard refused: " + r.statusCode() + " " + r.body());
            }
            hazards++;
        }
        pool.shutdown();
        System.out.printf("demo data: %d enterprises created, %d already there, %d hazards reported%n",
                created.get(), existing.get(), hazards);
    }

    static String enterprise(Random random, int index) {
        Town town = TOWNS.get(random.nextInt(TOWNS.size()));
        Industry industry = pickIndustry(random);
        String trade = industry.trades()[random.nextInt(industry.trades().length)];
        String brand = BRANDS[random.nextInt(BRANDS.length)] + BRANDS[random.nextInt(BRANDS.length)];
        // The index keeps names unique at any scale.
        String name = "宿迁市" + brand + trade + (index < 100 ? "" : "第" + index + "分") + "有限公司";
        double lat = clamp(town.lat() + random.nextGaussian() * 0.012, 33.80, 34.10);
        double lon = clamp(town.lon() + random.nextGaussian() * 0.015, 118.05, 118.50);
        return String.format(
                "{\"creditCode\":\"%s\",\"name\":\"%s\",\"town\":\"%s\",\"industryArea\":\"%s\",\"latitude\":%.6f,\"longitude\":%.6f}",
                creditCode(random, index), name, town.name(), industry.area(), lat, lon);
    }

    static Industry pickIndustry(Random random) {
        int total = INDUSTRIES.stream().mapToInt(Industry::weight).sum();
        int r = random.nextInt(total);
        for (Industry industry : INDUSTRIES) {
            r -= industry.weight();
            if (r < 0) {
                return industry;
            }
        }
        throw new AssertionError();
    }

    /** 91 (enterprise, company) + 321302 + a 9-character body that encodes the index + check character. */
    static String creditCode(Random random, int index) {
        StringBuilder body = new StringBuilder("MA");
        body.append(ALPHABET.charAt(1 + random.nextInt(30)));
        String n = Integer.toString(index, 31).toUpperCase();
        StringBuilder encoded = new StringBuilder();
        for (char c : n.toCharArray()) {
            encoded.append(ALPHABET.charAt(Character.digit(c, 31)));
        }
        while (encoded.length() < 6) {
            encoded.insert(0, '0');
        }
        String first17 = "91321302" + body + encoded;
        return first17 + check(first17);
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    static HttpResponse<String> post(HttpClient http, String url, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String idOf(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }
}
