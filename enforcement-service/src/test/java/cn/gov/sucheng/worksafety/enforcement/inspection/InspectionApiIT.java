package cn.gov.sucheng.worksafety.enforcement.inspection;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.FakeSiblings;
import cn.gov.sucheng.worksafety.enforcement.ServiceIT;
import cn.gov.sucheng.worksafety.enforcement.TestInspections;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.CreateHazardFromFindingRequest;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Inspections through the REST API; findings reach a real gRPC hazard-service through the outbox. */
@ServiceIT
class InspectionApiIT {

    static final FakeSiblings SIBLINGS = FakeSiblings.INSTANCE;
    static final String INSPECTIONS = "/api/v1/inspections";

    @DynamicPropertySource
    static void siblings(DynamicPropertyRegistry registry) {
        FakeSiblings.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonHttp http;
    UUID enterprise;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        enterprise = SIBLINGS.enterprise("宿迁市宿城区恒安化工有限公司", "耿车镇", IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
    }

    @Autowired
    CircuitBreakerRegistry breakers;

    @AfterEach
    void siblingsBack() {
        SIBLINGS.hazardUp.set(true);
        SIBLINGS.registryUp.set(true);
        breakers.circuitBreaker("enterprise-service").reset();
    }

    List<String> hazardIds(String inspectionId) {
        List<String> ids = new ArrayList<>();
        http.get(INSPECTIONS + "/" + inspectionId).json().path("findings")
                .forEach(f -> ids.add(f.path("hazardId").isMissingNode() ? null : f.path("hazardId").asString()));
        return ids;
    }

    @Test
    void recordsAnInspectionAndEachFindingBecomesAHazardOnce() {
        Answer created = http.post(INSPECTIONS, JsonHttp.json(TestInspections.body(enterprise, "检查发现储罐区可燃气体报警器失效。")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo(INSPECTIONS + "/" + id);
        assertThat(created.json().path("enterpriseName").asString()).isEqualTo("宿迁市宿城区恒安化工有限公司");
        assertThat(created.json().path("town").asString()).isEqualTo("耿车镇");
        assertThat(created.json().path("officers")).hasSize(2);
        List<String> findingIds = new ArrayList<>();
        created.json().path("findings").forEach(f -> findingIds.add(f.path("id").asString()));
        assertThat(findingIds).hasSize(2);

        await("both findings carry their hazard").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(() -> hazardIds(id).stream().allMatch(h -> h != null));

        assertThat(hazardIds(id)).containsExactly(SIBLINGS.hazardsByFinding.get(findingIds.get(0)),
                SIBLINGS.hazardsByFinding.get(findingIds.get(1)));
        CreateHazardFromFindingRequest major = SIBLINGS.findingCalls.stream()
                .filter(c -> c.getFindingId().equals(findingIds.get(0))).findFirst().orElseThrow();
        assertThat(major.getEnterpriseId()).isEqualTo(enterprise.toString());
        assertThat(major.getInspectionId()).isEqualTo(id);
        assertThat(major.getGrade().name()).isEqualTo("HAZARD_GRADE_MAJOR");
        assertThat(major.getPlace()).isEqualTo("1号储罐区");
        assertThat(major.getOfficerBadgesList()).containsExactly("32130219001", "32130219002");
        assertThat(major.getDeadline()).isNotEmpty();
    }

    @Test
    void withHazardServiceDownTheInspectionIsAcceptedAndTheHazardAppearsOnceItIsBack() {
        SIBLINGS.hazardUp.set(false);

        Answer created = http.post(INSPECTIONS, JsonHttp.json(TestInspections.body(enterprise, "检查发现应急照明灯损坏。")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        await("a delivery was attempted and failed").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("SELECT count(*) FROM outbox_message"
                        + " WHERE aggregate_id = ? AND attempts > 0 AND delivered_at IS NULL")
                        .param(id).query(Long.class).single() > 0);
        assertThat(hazardIds(id)).containsOnlyNulls();

        SIBLINGS.hazardUp.set(true);

        await("both findings carry their hazard").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(() -> hazardIds(id).stream().allMatch(h -> h != null));
        List<String> findingIds = new ArrayList<>();
        http.get(INSPECTIONS + "/" + id).json().path("findings").forEach(f -> findingIds.add(f.path("id").asString()));
        assertThat(findingIds).allSatisfy(f -> assertThat(SIBLINGS.hazardsByFinding).containsKey(f));
    }

    @Test
    void withTheRegistryDownAnInspectionIs503AndOnceItKeepsFailingTheRegistryIsLeftAlone() {
        SIBLINGS.registryUp.set(false);
        int before = SIBLINGS.registryCalls.get();

        for (int i = 0; i < 5; i++) {
            Answer refused = http.post(INSPECTIONS, JsonHttp.json(TestInspections.body(enterprise, "检查记录")));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.json().path("detail").asString()).isEqualTo("enterprise-service is unavailable");
        }
        Answer paused = http.post(INSPECTIONS, JsonHttp.json(TestInspections.body(enterprise, "检查记录")));

        assertThat(paused.status()).as(paused.toString()).isEqualTo(503);
        assertThat(paused.json().path("detail").asString()).contains("circuit open");
        assertThat(SIBLINGS.registryCalls.get() - before).as("calls that reached the registry").isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection WHERE enterprise_id = ?").param(enterprise)
                .query(Long.class).single()).isZero();

        SIBLINGS.registryUp.set(true);
        breakers.circuitBreaker("enterprise-service").transitionToOpenState();
        breakers.circuitBreaker("enterprise-service").transitionToHalfOpenState();
        Answer created = http.post(INSPECTIONS, JsonHttp.json(TestInspections.body(enterprise, "检查记录")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void refusesAnUnknownEnterpriseWith422AndWritesNothing() {
        UUID unknown = UUID.randomUUID();
        Answer refused = http.post(INSPECTIONS, JsonHttp.json(TestInspections.body(unknown, "检查记录")));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection WHERE enterprise_id = ?").param(unknown)
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesFewerThanTwoOfficersOrAnEndBeforeTheStartNamingTheField() {
        Map<String, Object> oneOfficer = TestInspections.body(enterprise, "检查记录");
        oneOfficer.put("officers", List.of(Map.of("badgeNumber", "32130219001", "name", "李明")));
        Answer refused = http.post(INSPECTIONS, JsonHttp.json(oneOfficer));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactly("officers");

        Map<String, Object> backwards = TestInspections.body(enterprise, "检查记录");
        backwards.put("endedAt", backwards.get("startedAt"));
        Answer refusedTimes = http.post(INSPECTIONS, JsonHttp.json(backwards));
        assertThat(refusedTimes.status()).as(refusedTimes.toString()).isEqualTo(400);
        assertThat(refusedTimes.invalidFields()).containsExactly("endedAt");

        Map<String, Object> sameBadge = TestInspections.body(enterprise, "检查记录");
        sameBadge.put("officers", List.of(Map.of("badgeNumber", "32130219001", "name", "李明"),
                Map.of("badgeNumber", "32130219001", "name", "王芳")));
        assertThat(http.post(INSPECTIONS, JsonHttp.json(sameBadge)).invalidFields()).containsExactly("officers");

        assertThat(jdbc.sql("SELECT count(*) FROM inspection WHERE enterprise_id = ?").param(enterprise)
                .query(Long.class).single()).isZero();
    }

    @Test
    void listsTheInspectionsOfAnEnterpriseNewestFirst() {
        Map<String, Object> older = TestInspections.body(enterprise, "第一次检查");
        older.put("startedAt", OffsetDateTime.parse((String) older.get("startedAt")).minusDays(30).toString());
        String olderId = http.post(INSPECTIONS, JsonHttp.json(older)).json().path("id").asString();
        String newerId = http.post(INSPECTIONS, JsonHttp.json(TestInspections.body(enterprise, "第二次检查"))).json().path("id")
                .asString();

        Answer list = http.get(INSPECTIONS + "?enterpriseId=" + enterprise);

        assertThat(list.json().path("total").asLong()).isEqualTo(2);
        List<String> ids = new ArrayList<>();
        list.json().path("items").forEach(i -> ids.add(i.path("id").asString()));
        assertThat(ids).containsExactly(newerId, olderId);
        assertThat(http.get(INSPECTIONS + "?enterpriseId=" + enterprise + "&mode=RANDOM").json().path("total").asLong())
                .isZero();
        // A blank town is no town filter, here as in every list.
        assertThat(http.get(INSPECTIONS + "?enterpriseId=" + enterprise + "&town=%20").json().path("total").asLong())
                .isEqualTo(2);
    }

    @Test
    void thePublishedDrawsAreTheLatestUpToTheLimitAskedAndALimitOutside1To100IsRefusedNamingIt() {
        assertThat(http.get("/api/v1/disclosures/draws?limit=1").json().size()).isLessThanOrEqualTo(1);
        for (String limit : List.of("0", "101")) {
            Answer refused = http.get("/api/v1/disclosures/draws?limit=" + limit);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("limit");
        }
    }
}
