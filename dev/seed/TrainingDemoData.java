import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training demo data through the gateway: for every registered enterprise its principal, safety manager and a
 * special-operation worker, an initial training session, exam passes and certificates in every state (valid,
 * review due, overdue, expired, revoked), and 24 enforcement officers. Deterministic; re-running adds nothing
 * twice (ID numbers, certificate numbers and badges are unique; sessions and exams are skipped where present).
 *
 * <pre>
 * javac -encoding UTF-8 -d CLASSES dev/seed/*.java
 * java -cp CLASSES TrainingDemoData GATEWAY_URL</pre>
 * Sends {@code Authorization: Bearer $WS_TOKEN} when WS_TOKEN is set.
 */
public class TrainingDemoData {

    static final Pattern ITEM_ID = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    static final String[] GIVEN = {"建国", "海燕", "志强", "秀英", "伟", "敏", "军", "丽", "磊", "洋", "静", "超"};

    static Gateway gateway;

    public static void main(String[] args) throws Exception {
        // One key prefix per run: a retried POST replays its first answer, while a second run still meets 409 for
        // what the first one created.
        gateway = new Gateway(args[0], "training-demo-" + UUID.randomUUID(), Duration.ofSeconds(5),
                Duration.ofSeconds(30), 8, Gateway.Retry.ALSO_NETWORK_FAILURES);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<String> enterprises = enterprises();
        AtomicInteger certificates = new AtomicInteger();
        // Daemon workers, shut down whatever happens: a refused request ends the program instead of leaving the
        // JVM waiting on idle threads.
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "training-demo-data");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < enterprises.size(); i++) {
                int index = i;
                work.add(pool.submit(() -> {
                    seedEnterprise(index, enterprises.get(index), today, certificates);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
        int officers = seedOfficers(today);
        System.out.println("training demo data: " + enterprises.size() + " enterprises, " + certificates.get()
                + " certificates issued now, " + officers + " officers registered now");
    }

    static List<String> enterprises() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            String body = gateway.send("GET", "/api/v1/enterprises?page=" + page + "&size=200", null).body();
            Matcher m = ITEM_ID.matcher(body);
            int before = ids.size();
            while (m.find()) {
                ids.add(m.group(1));
            }
            if (ids.size() == before) {
                break;
            }
        }
        ids.sort(null);
        return ids;
    }

    static void seedEnterprise(int index, String enterpriseId, LocalDate today, AtomicInteger issued) throws Exception {
        String[] posts = {"PRINCIPAL", "SAFETY_MANAGER", "SPECIAL_OPERATION_WORKER"};
        List<String> people = new ArrayList<>();
        for (int p = 0; p < posts.length; p++) {
            String idNumber = idNumber(index * 3 + p);
            String name = SURNAMES[(index + p) % SURNAMES.length] + GIVEN[(index * 7 + p) % GIVEN.length];
            String trainee = trainee(enterpriseId, idNumber, name, posts[p], index % 4 == 0);
            people.add(trainee);
            String exam = exam(trainee, today);
            // Five states across the district: the issue date decides valid, review due, overdue or expired.
            int state = (index * 3 + p) % 5;
            LocalDate issuedOn = switch (state) {
                case 0, 4 -> today.minusYears(1).minusDays(index % 200);
                case 1 -> today.minusYears(3).plusDays(5 + index % 50);
                case 2 -> today.minusYears(3).minusDays(10 + index % 100);
                default -> today.minusYears(6).minusDays(10 + index % 300);
            };
            String kind = p == 2 ? "SPECIAL_OPERATION" : "KEY_POST_SAFETY";
            String category = p == 2 ? "电工作业" : "安全生产管理";
            String item = p == 2 ? "低压电工作业" : (p == 0 ? "主要负责人" : "安全生产管理人员");
            HttpResponse<String> cert = gateway.send("POST", "/api/v1/certificates", json(
                    "number", (p == 2 ? "T" : "A") + idNumber, "holderId", trainee, "kind", kind, "category", category,
                    "item", item, "firstIssuedOn", issuedOn.toString(), "examId", exam, "actor", "宿迁市应急管理局"));
            if (cert.statusCode() == 201) {
                issued.incrementAndGet();
                if (state == 4) {
                    String id = firstId(cert.body());
                    expect(gateway.send("POST", "/api/v1/certificates/" + id + "/revoke", json("reason", "违章作业被吊销",
                            "actor", "宿迁市应急管理局")), 200, "revocation");
                }
            }
            else if (cert.statusCode() != 409) {
                throw new IllegalStateException("certificate: " + cert.statusCode() + " " + cert.body());
            }
        }
        String sessions = gateway.send("GET", "/api/v1/training-sessions?size=1&enterpriseId=" + enterpriseId, null).body();
        if (total(sessions) == 0) {
            HttpResponse<String> s = gateway.send("POST", "/api/v1/training-sessions", "{\"title\":\"三项岗位人员安全生产初次培训\","
                    + "\"kind\":\"INITIAL\",\"heldOn\":\"" + today.minusMonths(2 + index % 10) + "\",\"hours\":"
                    + (index % 3 == 0 ? 24 : 48) + ",\"provider\":\"宿迁市安全生产培训中心\",\"attendeeIds\":[\""
                    + String.join("\",\"", people) + "\"],\"actor\":\"培训中心\"}");
            expect(s, 201, "session");
        }
    }

    static String trainee(String enterpriseId, String idNumber, String name, String post, boolean highRisk)
            throws Exception {
        HttpResponse<String> r = gateway.send("POST", "/api/v1/trainees", json("name", name, "idNumber", idNumber,
                "enterpriseId", enterpriseId, "keyPost", post) .replaceFirst("}$", ",\"highRiskTrade\":" + highRisk + "}"));
        if (r.statusCode() == 201) {
            return firstId(r.body());
        }
        expect(r, 409, "trainee");
        return firstId(gateway.send("GET", "/api/v1/trainees?idNumber=" + idNumber, null).body());
    }

    static String exam(String trainee, LocalDate today) throws Exception {
        String existing = gateway.send("GET", "/api/v1/exams?passed=true&size=1&traineeId=" + trainee, null).body();
        if (total(existing) > 0) {
            return firstId(existing);
        }
        HttpResponse<String> r = gateway.send("POST", "/api/v1/exams", "{\"traineeId\":\"" + trainee + "\",\"subject\":"
                + "\"安全生产知识和管理能力考核\",\"takenOn\":\"" + today.minusYears(7) + "\",\"score\":86,\"actor\":\"考试中心\"}");
        expect(r, 201, "exam");
        return firstId(r.body());
    }

    static int seedOfficers(LocalDate today) throws Exception {
        int created = 0;
        for (int n = 1; n <= 24; n++) {
            LocalDate validUntil = n <= 2 ? today.minusDays(30L * n) : today.plusYears(1 + n % 4);
            HttpResponse<String> r = gateway.send("POST", "/api/v1/officers", "{\"name\":\"" + SURNAMES[n % SURNAMES.length]
                    + GIVEN[(n * 5) % GIVEN.length] + "\",\"badgeNumber\":\"3213020" + String.format("%04d", n)
                    + "\",\"department\":\"" + (n % 3 == 0 ? "宿城区消防救援大队" : "宿城区应急管理局")
                    + "\",\"credentialValidUntil\":\"" + validUntil + "\",\"safetyBackground\":" + (n % 5 != 0)
                    + ",\"trainingHours\":" + (24 + n) + "}");
            if (r.statusCode() == 201) {
                created++;
                if (n == 24) {
                    gateway.send("POST", "/api/v1/officers/" + firstId(r.body()) + "/suspend", json("reason", "调离执法岗位"));
                }
            }
            else {
                expect(r, 409, "officer");
            }
        }
        return created;
    }

    // A valid ID number of Sucheng (321302) for person n, born 1970-1999.
    static String idNumber(int n) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays((n * 37L) % 10950);
        String first17 = "321302" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String json(String... pairs) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            b.append(i == 0 ? "" : ",").append('"').append(pairs[i]).append("\":\"").append(pairs[i + 1]).append('"');
        }
        return b.append('}').toString();
    }

    static String firstId(String body) {
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    static long total(String body) {
        Matcher m = TOTAL.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
    }
}
