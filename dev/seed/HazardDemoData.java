import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hazard demo data for Sucheng district, loaded through the gateway after the enterprises (DemoData.java): the
 * 26,639 hazards the plan counts for 2016–2020, closed out; this year's hazards in every state of the closed loop;
 * major ones listed for supervision; risk reports of the 33 hazardous-chemical sites; accidents that fall as the
 * plan reports (accidents −77.8%, deaths −81.3% from 2016 to 2020) and the GDP and workforce inputs of the plan's
 * indicators. Hazards go through the bulk import (1,000 a request); every record carries a source reference, so a
 * second run adds nothing.
 *
 * <pre>
 * javac -encoding UTF-8 -d CLASSES dev/seed/*.java
 * java -cp CLASSES HazardDemoData GATEWAY_URL</pre>
 * Sends {@code Authorization: Bearer $WS_TOKEN} when WS_TOKEN is set.
 */
public class HazardDemoData {

    static final long SEED = 3213020007L;
    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);
    static final int[] HAZARDS_PER_YEAR = { 4_100, 4_800, 5_400, 5_900, 6_439 }; // 2016–2020: 26,639
    static final int CURRENT_YEAR_HAZARDS = 1_200;
    // Half the import's limit of 1,000: each request stays short on a busy machine.
    static final int BATCH = 500;
    // Accidents and deaths per year 2016–2025: 45 → 10 is −77.8%, 32 → 6 is −81.25% (the plan's 81.3%).
    static final int[][] ACCIDENTS = { { 2016, 45, 32 }, { 2017, 38, 26 }, { 2018, 27, 17 }, { 2019, 18, 11 },
            { 2020, 10, 6 }, { 2021, 9, 5 }, { 2022, 8, 5 }, { 2023, 8, 4 }, { 2024, 7, 4 }, { 2025, 7, 4 } };
    // GDP (CNY 100 million) per year 2016–: deaths per 100 million GDP fall 85.4% from 2016 to 2020 as the plan says.
    static final double[] GDP = { 420, 450, 480, 510, 539.3, 590, 620, 655, 690, 725, 760, 795 };

    static final String[][] HAZARDS = {
            { "储罐区可燃气体报警器失效", "储罐区" }, { "消防通道被货物堵塞", "仓库" }, { "配电箱未接地，电线私拉乱接", "配电室" },
            { "粉尘作业区未设置除尘系统", "打磨车间" }, { "特种作业人员无证上岗", "生产车间" }, { "安全出口指示标志损坏", "厂房" },
            { "有限空间作业未执行审批制度", "污水池" }, { "叉车制动失灵仍在使用", "装卸区" }, { "灭火器过期未更换", "办公楼" },
            { "气瓶未设置防倾倒措施", "焊接车间" }, { "脚手架连墙件缺失", "施工现场" }, { "燃气管道软管老化", "后厨" } };
    static final String[] MAJOR = { "涉爆粉尘作业场所未按规定设置泄爆装置", "液氨储罐区未设置紧急切断装置",
            "危险化学品重大危险源未实现自动化控制", "动火作业未采取防火隔离措施" };
    static final String[] SOURCES = { "SELF_INSPECTION", "GRID_WORKER", "INSPECTION_FINDING", "PUBLIC_TIP",
            "MONITORING_ALERT" };
    static final String[] RISKS = { "液氨储罐区|1号液氨储罐|液氨泄漏导致中毒和爆炸", "甲类仓库|溶剂存储间|易燃液体泄漏引发火灾",
            "反应车间|氯化釜|反应失控导致超温超压", "装卸区|槽车装卸鹤位|装卸过程静电引燃" };
    static final String[] LEVELS = { "RED", "ORANGE", "YELLOW", "BLUE" };
    static final String[] ACCIDENT_AREAS = { "ROAD_TRANSPORT", "ROAD_TRANSPORT", "ROAD_TRANSPORT", "CONSTRUCTION",
            "CONSTRUCTION", "METALLURGY_INDUSTRY_TRADE", "FIRE_SAFETY", "HAZARDOUS_CHEMICALS", "SPECIAL_EQUIPMENT",
            "TOWN_GAS", "OTHER" };

    record Enterprise(String id, String creditCode, String name, String industryArea) {
    }

    static Gateway gateway;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java -cp CLASSES HazardDemoData GATEWAY_URL");
            System.exit(2);
        }
        // No Idempotency-Key: imports and records carry source references, so a retry adds nothing twice. A breaker
        // opened by slow calls on a busy machine stays open 10 s at a time: 12 tries outlast a few open periods.
        gateway = new Gateway(args[0], null, Duration.ofSeconds(5), Duration.ofSeconds(60), 12,
                Gateway.Retry.TRANSIENT_ANSWERS);
        long t0 = System.nanoTime();
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(DISTRICT);
        List<Enterprise> enterprises = enterprises();
        if (enterprises.isEmpty()) {
            throw new IllegalStateException("no enterprises: run DemoData.java first");
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            load(pool, random, enterprises, today, t0);
        }
        finally {
            pool.shutdownNow();
        }
    }

    static void load(ExecutorService pool, Random random, List<Enterprise> enterprises, LocalDate today, long t0)
            throws Exception {

        List<String> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        for (int y = 0; y < HAZARDS_PER_YEAR.length; y++) {
            int year = 2016 + y;
            for (int n = 0; n < HAZARDS_PER_YEAR[y]; n++) {
                batch.add(historicHazard(random, enterprises, year, n));
                if (batch.size() == BATCH) {
                    batches.add(importBody(batch));
                    batch = new ArrayList<>();
                }
            }
        }
        for (int n = 0; n < CURRENT_YEAR_HAZARDS; n++) {
            String h = currentHazard(random, enterprises, today, n);
            if (h != null) {
                batch.add(h);
            }
            if (batch.size() == BATCH) {
                batches.add(importBody(batch));
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            batches.add(importBody(batch));
        }
        AtomicInteger added = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (String body : batches) {
            work.add(pool.submit(() -> {
                HttpResponse<String> r = gateway.send("POST", "/api/v1/hazards/imports", body);
                expect(r, 200, "hazard import");
                added.addAndGet(Integer.parseInt(field(r.body(), "added")));
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }

        int supervised = supervise(today);
        int risks = riskReports(pool, random, enterprises);
        int accidents = accidents(pool, random, enterprises, today);
        for (int i = 0; i < GDP.length && 2016 + i <= today.getYear(); i++) {
            expect(gateway.send("PUT", "/api/v1/indicators/inputs/" + (2016 + i), String.format(
                    "{\"gdp100mCny\":%.2f,\"industryTradeWorkers\":%d}", GDP[i], 150_000 + 1_500 * i)), 200,
                    "indicator inputs");
        }
        System.out.printf("hazard demo data: %d hazards imported (%d new), %d listed for supervision, %d risk reports,"
                + " %d accidents, in %.1f s%n", batches.stream().mapToInt(b -> b.split("\"sourceRef\"").length - 1)
                .sum(), added.get(), supervised, risks, accidents, (System.nanoTime() - t0) / 1e9);
    }

    static String historicHazard(Random random, List<Enterprise> enterprises, int year, int n) {
        Enterprise e = enterprises.get(random.nextInt(enterprises.size()));
        boolean major = random.nextInt(100) < 2;
        String[] what = HAZARDS[random.nextInt(HAZARDS.length)];
        OffsetDateTime found = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)).atTime(8 + random.nextInt(10),
                random.nextInt(60)).atOffset(OFFSET);
        boolean onTheSpot = !major && random.nextInt(100) < 40;
        int days = onTheSpot ? 0 : 3 + random.nextInt(major ? 90 : 30);
        OffsetDateTime closed = found.plusDays(days).plusHours(onTheSpot ? 1 : 0);
        return hazard("demo-" + year + "-" + n, e, major ? MAJOR[random.nextInt(MAJOR.length)] : what[0], what[1],
                major, SOURCES[random.nextInt(SOURCES.length)], onTheSpot ? "ON_THE_SPOT" : "BY_DEADLINE",
                onTheSpot ? null : found.toLocalDate().plusDays(days + random.nextInt(10)), found, "CLOSED", closed);
    }

    // This year's hazards in every state; deadlines already passed are marked overdue by the escalation job.
    static String currentHazard(Random random, List<Enterprise> enterprises, LocalDate today, int n) {
        Enterprise e = enterprises.get(random.nextInt(enterprises.size()));
        int dayOfYear = today.getDayOfYear() - 1;
        int offset = dayOfYear == 0 ? 0 : random.nextInt(dayOfYear);
        boolean major = random.nextInt(100) < 4;
        String[] what = HAZARDS[random.nextInt(HAZARDS.length)];
        int roll = random.nextInt(100);
        if (dayOfYear == 0) {
            return null;
        }
        OffsetDateTime found = LocalDate.of(today.getYear(), 1, 1).plusDays(offset).atTime(9, random.nextInt(60))
                .atOffset(OFFSET);
        String status = roll < 10 ? "REPORTED" : roll < 25 ? "CONFIRMED" : roll < 45 ? "RECTIFYING"
                : roll < 55 ? "AWAITING_VERIFICATION" : "CLOSED";
        LocalDate deadline = status.equals("REPORTED") ? null : found.toLocalDate().plusDays(15 + random.nextInt(60));
        OffsetDateTime closed = null;
        if (status.equals("CLOSED")) {
            OffsetDateTime latest = OffsetDateTime.now(OFFSET).minusHours(1);
            closed = found.plusDays(5 + random.nextInt(30));
            closed = closed.isAfter(latest) ? latest : closed;
            if (closed.isBefore(found)) {
                closed = found;
            }
        }
        return hazard("demo-current-" + today.getYear() + "-" + n, e,
                major ? MAJOR[random.nextInt(MAJOR.length)] : what[0], what[1], major,
                SOURCES[random.nextInt(SOURCES.length)], status.equals("REPORTED") ? null : "BY_DEADLINE", deadline,
                found, status, closed);
    }

    static String hazard(String ref, Enterprise e, String description, String place, boolean major, String source,
            String handling, LocalDate deadline, OffsetDateTime found, String status, OffsetDateTime closed) {
        StringBuilder b = new StringBuilder("{\"sourceRef\":\"").append(ref).append("\",\"enterpriseId\":\"")
                .append(e.id()).append("\",\"description\":\"").append(description).append("\",\"place\":\"")
                .append(place).append("\",\"grade\":\"").append(major ? "MAJOR" : "GENERAL")
                .append("\",\"source\":\"").append(source).append("\",\"foundAt\":\"").append(found)
                .append("\",\"status\":\"").append(status).append("\",\"reportedBy\":\"网格员")
                .append(1 + Math.abs(ref.hashCode()) % 210).append('"');
        if (handling != null) {
            b.append(",\"handling\":\"").append(handling).append('"');
        }
        if (deadline != null) {
            b.append(",\"deadline\":\"").append(deadline).append('"');
        }
        if (!status.equals("REPORTED")) {
            b.append(",\"assignee\":\"").append(e.name(), 0, Math.min(20, e.name().length())).append("安全负责人\"");
        }
        if (closed != null) {
            b.append(",\"closedAt\":\"").append(closed).append('"');
        }
        return b.append('}').toString();
    }

    static String importBody(List<String> hazards) {
        return "{\"actor\":\"区网格化社会治理平台\",\"hazards\":[" + String.join(",", hazards) + "]}";
    }

    /** Lists this year's open major hazards for supervision and takes a few of them through acceptance. */
    static int supervise(LocalDate today) throws Exception {
        int listed = 0;
        String from = LocalDate.of(today.getYear(), 1, 1).toString();
        for (String status : new String[] { "CONFIRMED", "RECTIFYING" }) {
            HttpResponse<String> page = gateway.send("GET", "/api/v1/hazards?grade=MAJOR&status=" + status + "&foundFrom="
                    + from + "&size=200", null);
            expect(page, 200, "major hazards");
            Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\".*?\"supervised\":(true|false).*?\"version\":(\\d+)")
                    .matcher(page.body());
            while (m.find()) {
                if (m.group(2).equals("true")) {
                    continue;
                }
                LocalDate deadline = today.plusDays(30 + listed % 60);
                String body = String.format(
                        "{\"supervisingBody\":\"%s\",\"goal\":\"消除重大事故隐患，恢复安全生产条件\",\"method\":\"局部停产，委托有资质单位整改\","
                                + "\"fundsCny\":%d,\"organisation\":\"企业主要负责人牵头，安全管理部门实施\",\"deadline\":\"%s\","
                                + "\"safetyMeasures\":\"治理期间停止相关作业，设置警戒区域，专人监护\",\"emergencyPlan\":\"企业现场处置方案\","
                                + "\"actor\":\"区安委办\",\"version\":%%s}", listed % 3 == 0 ? "区安委办" : "区应急管理局",
                        50_000 + 10_000 * (listed % 20), deadline);
                String supervision = "/api/v1/hazards/" + m.group(1) + "/supervision";
                HttpResponse<String> r = gateway.send("POST", supervision, String.format(body, m.group(3)));
                if (r.statusCode() == 409) {
                    // The escalation job may have marked it overdue since the page was read: read it again, as the
                    // answer asks, and reapply.
                    HttpResponse<String> now = gateway.send("GET", "/api/v1/hazards/" + m.group(1), null);
                    expect(now, 200, "major hazard");
                    r = gateway.send("POST", supervision, String.format(body, field(now.body(), "version")));
                }
                expect(r, 201, "supervision");
                String path = r.headers().firstValue("Location").orElseThrow();
                if (listed % 3 == 0) {
                    expect(gateway.send("POST", path + "/apply-for-acceptance", "{\"version\":0,\"actor\":\"企业负责人\"}"), 200,
                            "acceptance application");
                    if (listed % 6 == 0) {
                        expect(gateway.send("POST", path + "/accept", "{\"version\":1,\"actor\":\"区应急管理局\",\"passed\":true}"),
                                200, "acceptance");
                        expect(gateway.send("POST", path + "/evaluate",
                                "{\"version\":2,\"actor\":\"专家组\",\"evaluation\":\"整改措施落实到位，效果良好\"}"), 200,
                                "evaluation");
                    }
                }
                listed++;
            }
        }
        return listed;
    }

    /** Two risks for each of the 33 hazardous-chemical sites, with their check tasks. */
    static int riskReports(ExecutorService pool, Random random, List<Enterprise> enterprises) throws Exception {
        List<Enterprise> sites = enterprises.stream().filter(e -> e.industryArea().equals("HAZARDOUS_CHEMICALS"))
                .limit(33).toList();
        List<Future<?>> work = new ArrayList<>();
        for (Enterprise site : sites) {
            for (int k = 0; k < 2; k++) {
                String[] risk = RISKS[(site.creditCode().hashCode() & 0xff) % RISKS.length + k > RISKS.length - 1
                        ? k : (site.creditCode().hashCode() & 0xff) % RISKS.length + k].split("\\|");
                String level = LEVELS[random.nextInt(LEVELS.length)];
                String body = String.format("{\"enterpriseId\":\"%s\",\"riskObject\":\"%s\",\"riskUnit\":\"%s\","
                        + "\"riskEvent\":\"%s\",\"level\":\"%s\",\"controlMeasures\":[\"设置可燃有毒气体检测报警并联锁\","
                        + "\"视频监控接入区应急指挥平台\",\"岗位操作规程和应急处置卡\"],\"checkTasks\":["
                        + "{\"description\":\"班组巡检\",\"cycleUnit\":\"HOURS\",\"cycleLength\":8},"
                        + "{\"description\":\"车间专项检查\",\"cycleUnit\":\"DAYS\",\"cycleLength\":7},"
                        + "{\"description\":\"企业综合检查\",\"cycleUnit\":\"MONTHS\",\"cycleLength\":1}],"
                        + "\"sourceRef\":\"demo-risk-%s-%d\"}", site.id(), risk[0], risk[1], risk[2], level,
                        site.creditCode(), k);
                work.add(pool.submit(() -> {
                    HttpResponse<String> r = gateway.send("POST", "/api/v1/risk-reports", body);
                    if (r.statusCode() != 201 && r.statusCode() != 200) {
                        throw new IllegalStateException("risk report refused: " + r.statusCode() + " " + r.body());
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : work) {
            f.get();
        }
        return work.size();
    }

    /** Accidents per year as the plan reports them, deaths spread over them, a few near misses and late reports. */
    static int accidents(ExecutorService pool, Random random, List<Enterprise> enterprises, LocalDate today)
            throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int[] year : ACCIDENTS) {
            int[] deaths = new int[year[1]];
            for (int d = 0; d < year[2]; d++) {
                deaths[d % year[1]]++;
            }
            for (int n = 0; n < year[1]; n++) {
                bodies.add(accident(random, enterprises, "ACCIDENT", year[0], n, deaths[n], today));
            }
            for (int n = 0; n < 3; n++) {
                bodies.add(accident(random, enterprises, "NEAR_MISS", year[0], 100 + n, 0, today));
            }
        }
        if (today.getDayOfYear() > 1) {
            for (int n = 0; n < 3; n++) {
                bodies.add(accident(random, enterprises, "ACCIDENT", today.getYear(), n, n == 0 ? 1 : 0, today));
            }
        }
        List<Future<?>> work = new ArrayList<>();
        for (String body : bodies) {
            work.add(pool.submit(() -> {
                HttpResponse<String> r = gateway.send("POST", "/api/v1/accidents", body);
                if (r.statusCode() != 201 && r.statusCode() != 200) {
                    throw new IllegalStateException("accident refused: " + r.statusCode() + " " + r.body());
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        return bodies.size();
    }

    static String accident(Random random, List<Enterprise> enterprises, String kind, int year, int n, int deaths,
            LocalDate today) {
        String area = ACCIDENT_AREAS[random.nextInt(ACCIDENT_AREAS.length)];
        int days = year == today.getYear() ? Math.max(1, today.getDayOfYear() - 1) : 365;
        OffsetDateTime at = LocalDate.of(year, 1, 1).plusDays(random.nextInt(days)).atTime(7 + random.nextInt(12),
                random.nextInt(60)).atOffset(OFFSET);
        // Roughly one report in twelve comes later than the one hour the regulation allows.
        OffsetDateTime reported = at.plusMinutes(random.nextInt(12) == 0 ? 90 + random.nextInt(600)
                : 10 + random.nextInt(40));
        String enterprise = area.equals("ROAD_TRANSPORT") ? ""
                : ",\"enterpriseId\":\"" + enterprises.get(random.nextInt(enterprises.size())).id() + "\"";
        return String.format("{\"kind\":\"%s\",\"occurredAt\":\"%s\",\"reportedAt\":\"%s\",\"industryArea\":\"%s\","
                + "\"place\":\"宿城区\",\"description\":\"%s\",\"deaths\":%d,\"injuries\":%d,\"directLossCny\":%d,"
                + "\"sourceRef\":\"demo-accident-%d-%d\"%s}", kind, at, reported, area,
                kind.equals("NEAR_MISS") ? "未遂事件：险些发生物体打击" : "生产安全事故", deaths,
                kind.equals("NEAR_MISS") ? 0 : random.nextInt(3), kind.equals("NEAR_MISS") ? 0
                        : 50_000 + random.nextInt(900_000), year, n, enterprise);
    }

    static List<Enterprise> enterprises() throws Exception {
        List<Enterprise> all = new ArrayList<>();
        Pattern item = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\",\"creditCode\":\"([0-9A-Z]{18})\",\"name\":\"([^\"]+)\""
                + ".*?\"industryArea\":\"([A-Z_]+)\"");
        for (int page = 0; ; page++) {
            HttpResponse<String> r = gateway.send("GET", "/api/v1/enterprises?size=200&page=" + page, null);
            expect(r, 200, "enterprise list");
            Matcher m = item.matcher(r.body());
            int found = 0;
            while (m.find()) {
                all.add(new Enterprise(m.group(1), m.group(2), m.group(3), m.group(4)));
                found++;
            }
            if (found < 200) {
                break;
            }
        }
        all.sort(Comparator.comparing(Enterprise::creditCode));
        return all;
    }

    static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + " refused: " + r.statusCode() + " " + r.body());
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
