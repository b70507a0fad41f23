import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
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
 * <pre>
 * javac -encoding UTF-8 -d CLASSES dev/seed/*.java
 * java -cp CLASSES DemoData GATEWAY_URL [SCALE]</pre>
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
            System.err.println("usage: java -cp CLASSES DemoData GATEWAY_URL [SCALE]");
            System.exit(2);
        }
        // One key prefix per run: a retried POST replays its first answer (the services keep Idempotency-Key answers),
        // while a second run still meets 409 for what the first one created and so adds nothing.
        Gateway gateway = new Gateway(args[0], "demo-" + UUID.randomUUID(), Duration.ofSeconds(2),
                Duration.ofSeconds(30), 8, Gateway.Retry.ALSO_NETWORK_FAILURES);
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Random random = new Random(SEED);
        // Daemon threads, and shut down whatever happens: a refused request must end the program, not leave the
        // JVM waiting on idle workers.
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "demo-data");
            t.setDaemon(true);
            return t;
        });
        try {
            load(gateway, scale, random, pool);
        }
        finally {
            pool.shutdownNow();
        }
    }

    static void load(Gateway gateway, int scale, Random random, ExecutorService pool) throws Exception {
        AtomicInteger created = new AtomicInteger();
        AtomicInteger existing = new AtomicInteger();
        List<Future<String>> ids = new ArrayList<>();
        List<Industry> industries = new ArrayList<>();
        int total = DISTRICT_ENTERPRISES * scale;
        for (int i = 0; i < total; i++) {
            Industry industry = industryOf(random, i);
            industries.add(industry);
            String body = enterprise(random, i, industry);
            ids.add(pool.submit(() -> {
                HttpResponse<String> r = gateway.send("POST", "/api/v1/enterprises", body);
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
        List<Integer> newIndexes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i).get();
            if (id != null) {
                newIds.add(id);
                newIndexes.add(i);
            }
        }
        Standing standing = new Standing(gateway, random, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        for (int k = 0; k < newIds.size(); k++) {
            standing.record(newIds.get(k), newIndexes.get(k), industries.get(newIndexes.get(k)));
        }
        // Hazards only at enterprises this run created, so a second run adds none.
        int hazards = 0;
        for (int i = 0; i < newIds.size(); i += 7) {
            String[] hazard = HAZARDS[random.nextInt(HAZARDS.length)];
            String body = "{\"enterpriseId\":\"" + newIds.get(i) + "\",\"description\":\"" + hazard[0]
                    + "\",\"grade\":\"" + hazard[1] + "\",\"source\":\"" + SOURCES[random.nextInt(SOURCES.length)]
                    + "\",\"reportedBy\":\"网格员" + (1 + random.nextInt(210)) + "\"}";
            HttpResponse<String> r = gateway.send("POST", "/api/v1/hazards", body);
            if (r.statusCode() != 201) {
                throw new IllegalStateException("hazard refused: " + r.statusCode() + " " + r.body());
            }
            hazards++;
        }
        System.out.printf("demo data: %d enterprises created, %d already there, %d hazards reported, %s%n",
                created.get(), existing.get(), hazards, standing.summary());
    }

    // The district's 33 hazardous-chemical sites under video supervision come first.
    static final int HAZARDOUS_CHEMICAL_SITES = 33;
    static final int STANDARDIZED = 91;
    static final int DUAL_PREVENTION = 227;

    static Industry industryOf(Random random, int index) {
        return index % DISTRICT_ENTERPRISES < HAZARDOUS_CHEMICAL_SITES ? INDUSTRIES.get(0) : pickIndustry(random);
    }

    static String enterprise(Random random, int index, Industry industry) {
        Town town = TOWNS.get(random.nextInt(TOWNS.size()));
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

    /**
     * What the district records of its enterprises besides the registry: risk colours for all, the 227
     * with the dual-prevention mechanism, the 91 standardized, the 33 hazardous-chemical sites with their
     * major hazard sources, licences and plans, licences in every state, liability insurance for most
     * high-risk enterprises, and some credit measures.
     */
    static final class Standing {

        static final String OFFICER = "区应急管理局 演示数据";
        static final String[] COLOURS = { "RED", "ORANGE", "YELLOW", "BLUE" };
        static final String[] ELEMENTS = { "GOALS_AND_DUTIES", "INSTITUTIONAL_MANAGEMENT", "EDUCATION_AND_TRAINING",
                "ON_SITE_MANAGEMENT", "RISK_CONTROL_AND_HAZARD_MANAGEMENT", "EMERGENCY_MANAGEMENT",
                "ACCIDENT_MANAGEMENT", "CONTINUOUS_IMPROVEMENT" };
        static final String[][] SUBSTANCES = { { "液氯", "7782-50-5", "5", "4" }, { "液氨", "7664-41-7", "10", "2" },
                { "甲醇", "67-56-1", "500", "1" }, { "液化石油气", "68476-85-7", "50", "1.5" },
                { "硫酸", "7664-93-9", "1000", "1" }, { "苯", "71-43-2", "50", "1" } };

        // The industry areas that must carry work-safety liability insurance by default.
        static final java.util.Set<String> HIGH_RISK = java.util.Set.of("HAZARDOUS_CHEMICALS", "ROAD_TRANSPORT",
                "WATER_TRANSPORT", "CONSTRUCTION", "METALLURGY_INDUSTRY_TRADE");
        static final String[] INSURERS = { "中国人民财产保险股份有限公司宿迁市分公司", "中国太平洋财产保险股份有限公司宿迁中心支公司",
                "中国平安财产保险股份有限公司宿迁中心支公司" };

        final Gateway gateway;
        final Random random;
        final LocalDate today;
        final java.util.Map<String, Integer> counts = new java.util.TreeMap<>();

        Standing(Gateway gateway, Random random, LocalDate today) {
            this.gateway = gateway;
            this.random = random;
            this.today = today;
        }

        void record(String id, int index, Industry industry) throws Exception {
            int n = index % DISTRICT_ENTERPRISES;
            boolean chemicals = n < HAZARDOUS_CHEMICAL_SITES;
            // Hazardous-chemical sites carry the higher colours.
            String colour = chemicals ? COLOURS[random.nextInt(2)]
                    : COLOURS[pick(new int[] { 1, 8, 30, 61 })];
            call("PUT", "/api/v1/enterprises/" + id + "/risk-colour", String.format(
                    "{\"colour\":\"%s\",\"reason\":\"年度安全风险评估\",\"actor\":\"%s\"}", colour, OFFICER), "riskColours");
            if (n < DUAL_PREVENTION) {
                call("PUT", "/api/v1/enterprises/" + id + "/dual-prevention",
                        "{\"built\":true,\"actor\":\"" + OFFICER + "\"}", "dualPrevention");
            }
            if (n >= 20 && n < 20 + STANDARDIZED) {
                grading(id, n);
            }
            if (chemicals) {
                majorHazardSource(id, n);
                licence(id, n, "危险化学品经营（带储存）", "(苏)WH安许证字[H" + String.format("%05d", index) + "]");
                plan(id, index, "COMPREHENSIVE");
            }
            else if (industry.area().equals("OIL_GAS_PIPELINES") || industry.area().equals("TOWN_GAS")) {
                licence(id, n, "燃气经营", "(苏)RQ安许证字[G" + String.format("%05d", index) + "]");
            }
            if (!chemicals && n % 9 == 0) {
                plan(id, index, "SPECIAL");
            }
            if (HIGH_RISK.contains(industry.area())) {
                liabilityInsurance(id, index, n);
            }
            credit(id, n);
        }

        // Most high-risk enterprises are insured for the year around today; about one in eight let the cover
        // lapse last year and one in twelve never insured, so the follow-up list has entries.
        void liabilityInsurance(String id, int index, int n) throws Exception {
            if (n % 12 == 5) {
                return;
            }
            boolean lapsed = n % 8 == 3;
            LocalDate starts = lapsed ? today.minusYears(1).minusDays(30 + random.nextInt(200))
                    : today.minusDays(random.nextInt(330));
            LocalDate ends = starts.plusYears(1).minusDays(1);
            int staff = 10 + random.nextInt(190);
            call("POST", "/api/v1/liability-insurance-policies", String.format(
                    "{\"enterpriseId\":\"%s\",\"policyNumber\":\"PZAB%d321302%05d\",\"insurer\":\"%s\",\"startsOn\":\"%s\",\"endsOn\":\"%s\",\"premium\":%d.00,\"insuredAmountPerPerson\":%d,\"actor\":\"%s\"}",
                    id, starts.getYear(), index, INSURERS[n % INSURERS.length], starts, ends, staff * 160,
                    n % 3 == 0 ? 1_000_000 : 800_000, OFFICER), "liabilityPolicies");
        }

        void grading(String id, int n) throws Exception {
            int grade = n % 30 == 0 ? 1 : n % 4 == 0 ? 2 : 3;
            // Some gradings date from more than three years ago and have lapsed.
            LocalDate awarded = today.minusDays(30 + random.nextInt(365 * 4));
            StringBuilder scores = new StringBuilder();
            for (String element : ELEMENTS) {
                scores.append(scores.length() == 0 ? "" : ",").append('"').append(element).append("\":")
                        .append(70 + random.nextInt(31));
            }
            call("POST", "/api/v1/standardization-gradings", String.format(
                    "{\"enterpriseId\":\"%s\",\"grade\":%d,\"awardedOn\":\"%s\",\"awardingBody\":\"宿迁市应急管理局\",\"elementScores\":{%s}}",
                    id, grade, awarded, scores), "standardized");
        }

        void majorHazardSource(String id, int n) throws Exception {
            String[] s1 = SUBSTANCES[n % SUBSTANCES.length];
            String[] s2 = SUBSTANCES[(n + 2) % SUBSTANCES.length];
            // q/Q of the first substance alone reaches the threshold; the spread of q gives every grade.
            double q1 = Double.parseDouble(s1[2]) * (1.2 + random.nextInt(40));
            double q2 = Double.parseDouble(s2[2]) * random.nextInt(5) / 10.0 + 0.1;
            String body = String.format("{\"enterpriseId\":\"%s\",\"name\":\"%s储存区\",\"substances\":["
                    + "{\"name\":\"%s\",\"casNumber\":\"%s\",\"actualQuantity\":%.1f,\"criticalQuantity\":%s,\"correctionFactor\":%s},"
                    + "{\"name\":\"%s\",\"casNumber\":\"%s\",\"actualQuantity\":%.1f,\"criticalQuantity\":%s,\"correctionFactor\":%s}],"
                    + "\"exposureCorrection\":%s,\"chiefs\":{"
                    + "\"enterprise\":{\"name\":\"企业负责人%d\",\"position\":\"总经理\",\"phone\":\"0527-8436%04d\"},"
                    + "\"town\":{\"name\":\"镇级源长%d\",\"position\":\"副镇长\",\"phone\":\"0527-8437%04d\"},"
                    + "\"district\":{\"name\":\"区级源长%d\",\"position\":\"区应急管理局副局长\",\"phone\":\"0527-8430%04d\"}}}",
                    id, s1[0], s1[0], s1[1], q1, s1[2], s1[3], s2[0], s2[1], q2, s2[2], s2[3],
                    n % 3 == 0 ? "2.0" : n % 3 == 1 ? "1.5" : "1.0", n, n, n, n, n % 5, n % 5);
            call("POST", "/api/v1/major-hazard-sources", body, "majorHazardSources");
        }

        // Issue dates spread over four years give valid, expiring and expired licences; some are suspended
        // or revoked afterwards, so every state is there.
        void licence(String id, int n, String scope, String number) throws Exception {
            LocalDate issued = switch (n % 5) {
                case 0 -> today.minusYears(3).plusDays(30 + random.nextInt(50));
                case 1 -> today.minusYears(3).minusDays(20 + random.nextInt(300));
                default -> today.minusDays(60 + random.nextInt(700));
            };
            HttpResponse<String> r = call("POST", "/api/v1/licences", String.format(
                    "{\"enterpriseId\":\"%s\",\"number\":\"%s\",\"scope\":\"%s\",\"issuingAuthority\":\"江苏省应急管理厅\",\"issuedOn\":\"%s\",\"actor\":\"%s\"}",
                    id, number, scope, issued, OFFICER), "licences");
            String licenceId = idOf(r.body());
            if (n % 5 == 2 && n % 3 == 0) {
                call("POST", "/api/v1/licences/" + licenceId + "/suspend",
                        "{\"actor\":\"" + OFFICER + "\",\"reason\":\"重大事故隐患未按期整改\"}", "licencesSuspended");
            }
            else if (n % 5 == 3 && n % 4 == 0) {
                call("POST", "/api/v1/licences/" + licenceId + "/revoke",
                        "{\"actor\":\"" + OFFICER + "\",\"reason\":\"发生较大生产安全事故\"}", "licencesRevoked");
            }
        }

        void plan(String id, int index, String type) throws Exception {
            LocalDate filed = today.minusDays(30 + random.nextInt(365 * 3));
            call("POST", "/api/v1/emergency-plans", String.format(
                    "{\"enterpriseId\":\"%s\",\"title\":\"生产安全事故%s应急预案\",\"type\":\"%s\",\"filingNumber\":\"321302-%d-%05d\",\"filedOn\":\"%s\",\"filingAuthority\":\"宿迁市宿城区应急管理局\"}",
                    id, type.equals("COMPREHENSIVE") ? "综合" : "专项", type, filed.getYear(), index, filed), "emergencyPlans");
        }

        // The plan's five years saw 11 closures, 34 suspensions and 2 joint punishments; a share of them here.
        void credit(String id, int n) throws Exception {
            String body = null;
            if (n == 40 || n == 41) {
                body = String.format("{\"enterpriseId\":\"%s\",\"kind\":\"BLACKLIST\",\"reason\":\"拒不执行安全生产行政执法决定\",\"sourceCase\":\"宿城应急罚〔%d〕%d号\",\"startDate\":\"%s\",\"endDate\":\"%s\",\"recordedBy\":\"%s\"}",
                        id, today.getYear(), n, today.minusMonths(2), today.plusYears(3), OFFICER);
            }
            else if (n > 100 && n % 60 == 0) {
                body = String.format("{\"enterpriseId\":\"%s\",\"kind\":\"CLOSURE_ORDER\",\"reason\":\"不具备安全生产条件\",\"sourceCase\":\"宿城应急罚〔%d〕%d号\",\"startDate\":\"%s\",\"recordedBy\":\"%s\"}",
                        id, today.getYear() - 1, n, today.minusMonths(8), OFFICER);
            }
            else if (n > 100 && n % 23 == 0) {
                body = String.format("{\"enterpriseId\":\"%s\",\"kind\":\"SUSPENSION_ORDER\",\"reason\":\"重大事故隐患未整改\",\"sourceCase\":\"宿城应急罚〔%d〕%d号\",\"startDate\":\"%s\",\"endDate\":\"%s\",\"recordedBy\":\"%s\"}",
                        id, today.getYear(), n, today.minusDays(20), today.plusDays(40), OFFICER);
            }
            if (body != null) {
                call("POST", "/api/v1/credit-events", body, "creditEvents");
            }
        }

        HttpResponse<String> call(String method, String path, String json, String what) throws Exception {
            HttpResponse<String> r = gateway.send(method, path, json);
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(what + " refused: " + r.statusCode() + " " + r.body() + " for " + json);
            }
            counts.merge(what, 1, Integer::sum);
            return r;
        }

        int pick(int[] weights) {
            int r = random.nextInt(java.util.Arrays.stream(weights).sum());
            for (int i = 0; i < weights.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return i;
                }
            }
            throw new AssertionError();
        }

        String summary() {
            return counts.toString();
        }
    }

    static String idOf(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }
}
