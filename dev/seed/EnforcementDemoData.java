import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * Enforcement demo data for Sucheng district, loaded through the gateway after DemoData.java (it inspects the
 * enterprises that file registers): five yearly plans with a random draw each (when training-service offers its
 * officer pool), inspections over five years with varied Chinese reports (enough to search meaningfully), and the
 * plan's 556 penalty cases with fines summing to CNY 3,445,000, among them 11 closures, 34 suspensions and 2 joint
 * punishments (blacklist), whose credit outcomes reach enterprise-service through the outbox.
 *
 * <p>Deterministic from its seed. Re-runnable: a year whose plan exists is skipped, and every POST carries an
 * Idempotency-Key derived from the seed, so an interrupted run resumes without duplicates. Sends
 * {@code Authorization: Bearer $WS_TOKEN} when WS_TOKEN is set.
 *
 * <pre>
 * javac -encoding UTF-8 -d CLASSES dev/seed/*.java
 * java -cp CLASSES EnforcementDemoData GATEWAY_URL</pre>
 */
public class EnforcementDemoData {

    static final long SEED = 3213020556L;
    static final int FIRST_YEAR = LocalDate.now().getYear() - 4;
    static final int INSPECTIONS_PER_YEAR = 200;
    static final int CASES = 556;
    static final long FINES_TOTAL = 3_445_000;
    static final int CLOSURES = 11;
    static final int SUSPENSIONS = 34;
    static final int JOINT_PUNISHMENTS = 2;
    static final ZoneOffset CST = ZoneOffset.ofHours(8);
    static final Pattern ENTERPRISE = Pattern.compile(
            "\"id\":\"([0-9a-f-]{36})\"[^{}]*?\"name\":\"([^\"]+)\"[^{}]*?\"town\":\"([^\"]+)\"");

    static final String[] OFFICERS = { "李明", "王芳", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷",
            "徐刚", "孙丽", "马超", "朱琳", "胡军", "郭强" };
    static final String[] MODES = { "PLANNED", "RANDOM", "RANDOM", "UNANNOUNCED", "CROSS_AREA", "OFF_SITE", "COMPLAINT" };
    static final String[] PLACES = { "甲类仓库", "储罐区", "喷涂车间", "木工车间", "配电房", "锅炉房", "液氨制冷机房", "粉碎车间",
            "抛光车间", "危废暂存间", "食堂后厨", "员工宿舍", "塔吊作业区", "基坑周边", "燃气调压站", "装卸站台", "中控室" };
    static final String[] FINDINGS = { "应急照明灯损坏", "应急照明不亮", "可燃气体报警器失效", "可燃气体报警器未定期检定",
            "安全出口被锁闭", "疏散通道堆放杂物", "消防通道被占用", "灭火器过期", "灭火器压力不足", "配电箱未接地",
            "电线私拉乱接", "动火作业未办理审批手续", "动火作业现场无监护人", "特种作业人员无证上岗", "有限空间作业未检测",
            "粉尘清扫记录缺失", "除尘系统未设置泄爆装置", "防爆电气设备损坏", "安全警示标志缺失", "劳动防护用品配备不足",
            "安全生产责任制未落实", "隐患排查台账不全", "应急预案未演练", "脚手架连墙件缺失", "临边防护缺失",
            "塔吊限位器失灵", "燃气管道锈蚀", "液氨管道阀门泄漏", "危险化学品未分类存放", "储罐区防火堤破损" };
    static final String[] OPENINGS = { "检查组对%s进行了现场检查，发现", "执法人员在%s检查时发现", "经查，%s存在以下问题：",
            "现场检查%s，", "四不两直暗访%s，发现" };
    static final String[] CLOSINGS = { "已责令限期整改。", "要求企业立即整改，逾期将依法处理。", "现场责令改正。",
            "已下达责令限期整改指令书。" };
    static final String[] CHECKLIST = { "安全生产责任制落实情况", "安全生产教育培训情况", "隐患排查治理情况", "特种作业人员持证情况",
            "危险作业管理情况", "应急预案及演练情况", "消防设施器材", "劳动防护用品配备" };
    static final String[] VIOLATIONS = { "UNTRAINED_SPECIAL_OPERATORS", "HAZARD_NOT_ELIMINATED", "NO_SAFETY_TRAINING",
            "DANGEROUS_OPERATION_UNMANAGED", "EMERGENCY_EXIT_BLOCKED" };
    static final String[] SUMMARIES = { "特种作业人员无证上岗从事电焊作业", "重大事故隐患逾期未整改", "未按规定对从业人员进行安全生产教育和培训",
            "动火作业未安排专门人员进行现场安全管理", "员工宿舍疏散通道被封堵" };

    record Enterprise(String id, String name, String town) {
    }

    static Gateway gateway;

    public static void main(String[] args) throws Exception {
        // Idempotency-Keys from the seed and a name per request, the same in every run. A breaker the gateway opened
        // (by failures while a service was still registering, or by slow calls on a busy machine) stays open 10 s at
        // a time and then lets only a few calls through: 12 tries outlast a few open periods.
        gateway = new Gateway(args[0], "enforcement-demo-" + SEED, Duration.ofSeconds(5), Duration.ofSeconds(60), 12,
                Gateway.Retry.ALSO_SERVER_ERRORS_ON_POST);
        long t0 = System.nanoTime();
        List<Enterprise> enterprises = enterprises();
        if (enterprises.size() < 10) {
            throw new IllegalStateException("enterprise-service lists only " + enterprises.size() + " enterprises: run DemoData.java first");
        }
        // Daemon workers, shut down whatever happens: a refused request ends the program instead of leaving the
        // JVM waiting on idle threads.
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "enforcement-demo-data");
            t.setDaemon(true);
            return t;
        });
        try {
            load(enterprises, pool, t0);
        }
        finally {
            pool.shutdownNow();
        }
    }

    static void load(List<Enterprise> enterprises, ExecutorService pool, long t0) throws Exception {
        Random random = new Random(SEED);
        AtomicInteger inspections = new AtomicInteger();
        int draws = 0;
        for (int year = FIRST_YEAR; year < FIRST_YEAR + 5; year++) {
            Random yearRandom = new Random(SEED + year);
            if (get("/api/v1/inspection-plans?year=" + year).contains("宿城区" + year + "年度安全生产监督检查计划")) {
                System.out.println("plan " + year + " exists: year skipped");
                continue;
            }
            String plan = id(post("/api/v1/inspection-plans", "plan-" + year, String.format("""
                    {"year":%d,"title":"宿城区%d年度安全生产监督检查计划","workingDays":%d,"officers":%d,
                     "otherEnforcementDays":%d,"nonEnforcementDays":%d,"keyUnitIds":[],"checklist":[%s],"actor":"区应急管理局 张伟"}""",
                    year, year, 248 + yearRandom.nextInt(4), 20 + yearRandom.nextInt(6), 1100 + yearRandom.nextInt(200),
                    1600 + yearRandom.nextInt(300), quoted(CHECKLIST))));
            String drawn = postOrNull("/api/v1/inspection-plans/" + plan + "/draws", "draw-" + year,
                    "{\"seed\":" + (SEED + year) + ",\"enterpriseCount\":60,\"officersPerEnterprise\":2,\"actor\":\"区应急管理局 张伟\"}");
            if (drawn != null) {
                draws++;
            }
            List<Future<?>> work = new ArrayList<>();
            for (int n = 0; n < INSPECTIONS_PER_YEAR; n++) {
                String body = inspection(yearRandom, enterprises, year);
                String key = "inspection-" + year + "-" + n;
                work.add(pool.submit(() -> {
                    post("/api/v1/inspections", key, body);
                    return inspections.incrementAndGet();
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        int cases = cases(random, enterprises, pool);
        System.out.printf("enforcement demo data: %d inspections, %d draws, %d cases (fines CNY %,d) in %d s%n",
                inspections.get(), draws, cases, cases > 0 ? FINES_TOTAL : 0, (System.nanoTime() - t0) / 1_000_000_000);
    }

    /** 556 cases with fines summing to the plan's total, 11 closures, 34 suspensions, 2 blacklistings. */
    static int cases(Random random, List<Enterprise> enterprises, ExecutorService pool) throws Exception {
        if (get("/api/v1/cases?size=1").matches("(?s).*\"total\":([5-9]\\d\\d|\\d{4,}).*")) {
            System.out.println("cases exist: skipped");
            return 0;
        }
        long[] fines = new long[CASES];
        long sum = 0;
        for (int i = 0; i < CASES; i++) {
            fines[i] = 500L * (2 + random.nextInt(20));
            sum += fines[i];
        }
        // Spread the difference to the plan's total over the cases, CNY 500 at a time.
        for (int i = 0; sum != FINES_TOTAL; i = (i + 1) % CASES) {
            long step = sum < FINES_TOTAL ? 500 : -500;
            if (fines[i] + step >= 1000) {
                fines[i] += step;
                sum += step;
            }
        }
        List<Future<?>> work = new ArrayList<>();
        LocalDate today = LocalDate.now(CST);
        LocalDate first = LocalDate.of(FIRST_YEAR, 1, 1);
        for (int i = 0; i < CASES; i++) {
            int n = i;
            Enterprise e = enterprises.get(random.nextInt(enterprises.size()));
            int type = random.nextInt(VIOLATIONS.length);
            boolean closeIt = n % 10 != 9;
            // Closed cases spread over the five years; the open ones were filed within the last three weeks.
            LocalDate filedOn = closeIt
                    ? first.plusDays(random.nextInt((int) (today.toEpochDay() - first.toEpochDay()) - 60))
                    : today.minusDays(random.nextInt(21));
            LocalDate decided = closeIt ? filedOn.plusDays(20 + random.nextInt(25)) : today;
            String outcome = n < CLOSURES ? "{\"kind\":\"CLOSURE_ORDER\",\"startDate\":\"" + decided + "\"}"
                    : n < CLOSURES + SUSPENSIONS ? "{\"kind\":\"SUSPENSION_ORDER\",\"startDate\":\"" + decided
                            + "\",\"endDate\":\"" + decided.plusMonths(3) + "\"}"
                    : n < CLOSURES + SUSPENSIONS + JOINT_PUNISHMENTS ? "{\"kind\":\"BLACKLIST\",\"startDate\":\"" + decided
                            + "\",\"endDate\":\"" + decided.plusYears(3) + "\"}" : null;
            work.add(pool.submit(() -> {
                String id = id(post("/api/v1/cases", "case-" + n, String.format("""
                        {"enterpriseId":"%s","violationType":"%s","major":%s,"summary":"%s","filedOn":"%s","actor":"区应急管理局 李明"}""",
                        e.id(), VIOLATIONS[type], outcome != null, SUMMARIES[type], filedOn)));
                // Each step on its own day, so that the notice and the decision carry the year they were issued in.
                LocalDate notified = filedOn.plusDays(7).isAfter(decided) ? decided : filedOn.plusDays(7);
                post("/api/v1/cases/" + id + "/investigate", "case-" + n + "-investigate", step(filedOn));
                post("/api/v1/cases/" + id + "/notify", "case-" + n + "-notify", step(notified));
                if (outcome != null) {
                    post("/api/v1/cases/" + id + "/review", "case-" + n + "-review", step(decided));
                    post("/api/v1/cases/" + id + "/discuss", "case-" + n + "-discuss", step(decided));
                }
                post("/api/v1/cases/" + id + "/decide", "case-" + n + "-decide", "{\"actor\":\"区应急管理局 李明\",\"on\":\""
                        + decided + "\",\"fine\":" + fines[n] + (outcome == null ? "" : ",\"creditOutcome\":" + outcome) + "}");
                post("/api/v1/cases/" + id + "/execute", "case-" + n + "-execute", step(decided));
                if (closeIt) {
                    post("/api/v1/cases/" + id + "/close", "case-" + n + "-close", step(decided));
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        return CASES;
    }

    static String inspection(Random r, List<Enterprise> enterprises, int year) {
        Enterprise e = enterprises.get(r.nextInt(enterprises.size()));
        String place = PLACES[r.nextInt(PLACES.length)];
        int findingCount = r.nextInt(4);
        StringBuilder text = new StringBuilder(String.format(OPENINGS[r.nextInt(OPENINGS.length)], e.name() + place));
        StringBuilder findings = new StringBuilder();
        OffsetDateTime start = OffsetDateTime.of(year, 1, 1, 8, 30, 0, 0, CST).plusDays(r.nextInt(360))
                .plusMinutes(r.nextInt(480));
        if (start.isAfter(OffsetDateTime.now(CST).minusDays(1))) {
            start = OffsetDateTime.now(CST).minusDays(1 + r.nextInt(30)).withHour(9).withMinute(0).withSecond(0).withNano(0);
        }
        if (findingCount == 0) {
            text.append("未发现明显事故隐患，安全管理制度基本健全。");
        }
        for (int f = 0; f < findingCount; f++) {
            String finding = FINDINGS[r.nextInt(FINDINGS.length)];
            text.append(f == 0 ? "" : (r.nextBoolean() ? "，" : "；")).append(finding);
            findings.append(f == 0 ? "" : ",").append(String.format(
                    "{\"description\":\"%s\",\"place\":\"%s\",\"grade\":\"%s\",\"deadline\":\"%s\"}", finding, place,
                    r.nextInt(12) == 0 ? "MAJOR" : "GENERAL", start.toLocalDate().plusDays(15)));
        }
        if (findingCount > 0) {
            text.append("。").append(CLOSINGS[r.nextInt(CLOSINGS.length)]);
        }
        int a = r.nextInt(OFFICERS.length);
        int b = (a + 1 + r.nextInt(OFFICERS.length - 1)) % OFFICERS.length;
        return String.format("""
                {"enterpriseId":"%s","mode":"%s","place":"%s","startedAt":"%s","endedAt":"%s",
                 "officers":[{"badgeNumber":"321302190%02d","name":"%s"},{"badgeNumber":"321302190%02d","name":"%s"}],
                 "personsPresent":["企业安全管理人员"],"itemsChecked":[%s],"findings":[%s],"reportText":"%s",
                 "conclusion":"%s","recordedBy":"区应急管理局 %s"}""",
                e.id(), MODES[r.nextInt(MODES.length)], place, start, start.plusMinutes(60 + r.nextInt(180)), a,
                OFFICERS[a], b, OFFICERS[b], quoted(CHECKLIST[r.nextInt(CHECKLIST.length)], CHECKLIST[r.nextInt(CHECKLIST.length)]),
                findings, text, findingCount == 0 ? "未发现问题" : "责令限期整改", OFFICERS[a]);
    }

    static List<Enterprise> enterprises() throws Exception {
        List<Enterprise> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            String body = get("/api/v1/enterprises?size=200&page=" + page);
            Matcher m = ENTERPRISE.matcher(body);
            int found = 0;
            while (m.find()) {
                all.add(new Enterprise(m.group(1), m.group(2), m.group(3)));
                found++;
            }
            if (found < 200) {
                return all;
            }
        }
    }

    static String quoted(String... items) {
        List<String> q = new ArrayList<>();
        for (String item : items) {
            q.add("\"" + item + "\"");
        }
        return String.join(",", q);
    }

    /** The body of a case action taken on {@code day}. */
    static String step(LocalDate day) {
        return "{\"actor\":\"区应急管理局 李明\",\"on\":\"" + day + "\"}";
    }

    static String id(String json) {
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    static String get(String path) throws Exception {
        HttpResponse<String> r = gateway.send("GET", path, null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static String post(String path, String key, String json) throws Exception {
        String answer = postOrNull(path, key, json);
        if (answer == null) {
            throw new IllegalStateException("POST " + path + " failed");
        }
        return answer;
    }

    /** The answer of a successful POST; null (and a line on stderr) when it was refused. */
    static String postOrNull(String path, String key, String json) throws Exception {
        HttpResponse<String> r = gateway.post(path, key, json);
        if (r.statusCode() / 100 == 2) {
            return r.body();
        }
        System.err.println("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        return null;
    }
}
