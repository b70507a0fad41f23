package cn.gov.sucheng.worksafety.hazard.closedloop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.hazard.RegistryBackedIT;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardRectification;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.Hazards;
import cn.gov.sucheng.worksafety.hazard.enterprise.application.EnterpriseDirectory;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue escalation run by two instances at once against one database: a second job, built like the first
 * but with its own transactions and connections, runs in parallel with it over 1,200 due hazards (more than two
 * batches each). Every hazard ends overdue at the district level with exactly one escalation in its history.
 */
class OverdueEscalationIT extends RegistryBackedIT {

    static final int DUE = 1_200;

    @Autowired
    HazardRectification instanceA;

    @Autowired
    Hazards hazards;

    @Autowired
    EnterpriseDirectory enterprises;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoInstancesEscalateEachOverdueHazardExactlyOnce() throws Exception {
        String town = uniqueTown();
        UUID enterprise = enterprise("宿迁市逾期企业", town, IndustryArea.INDUSTRY_AREA_METALLURGY_INDUSTRY_TRADE);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        OffsetDateTime found = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusDays(40);
        String prefix = UUID.randomUUID().toString();
        for (int batch = 0; batch < DUE / 600; batch++) {
            List<Map<String, Object>> records = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                int n = batch * 600 + i;
                records.add(Map.of("sourceRef", prefix + "-" + n, "enterpriseId", enterprise.toString(),
                        "description", "安全出口堵塞 " + n, "grade", n % 10 == 0 ? "MAJOR" : "GENERAL", "source",
                        "GRID_WORKER", "handling", "BY_DEADLINE", "deadline", today.minusDays(1 + n % 20).toString(),
                        "foundAt", found.toString(), "status", n % 2 == 0 ? "CONFIRMED" : "RECTIFYING"));
            }
            Answer imported = post("/api/v1/hazards/imports", Map.of("actor", "测试", "hazards", records));
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        }
        // One more that is due today: not yet past its deadline, so not escalated.
        post("/api/v1/hazards/imports", Map.of("actor", "测试", "hazards", List.of(Map.of("sourceRef", prefix + "-today",
                "enterpriseId", enterprise.toString(), "description", "今日到期", "grade", "GENERAL", "source",
                "GRID_WORKER", "handling", "BY_DEADLINE", "deadline", today.toString(), "foundAt", found.toString(),
                "status", "RECTIFYING"))));
        HazardRectification instanceB = new HazardRectification(hazards, enterprises,
                new TransactionTemplate(transactions), Clock.system(ZoneId.of("Asia/Shanghai")));
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> runAfter(together, instanceA));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> runAfter(together, instanceB));
        // How the two shared the work is up to SKIP LOCKED (and a scheduler of another cached test context may
        // take part too): what counts is that every hazard was escalated, and once.
        a.get();
        b.get();

        assertThat(count("SELECT count(*) FROM hazard WHERE town = ? AND overdue AND level = 'DISTRICT'", town))
                .isEqualTo(DUE);
        assertThat(count("SELECT count(*) FROM hazard WHERE source_ref = ? AND NOT overdue AND level = 'TOWN'",
                prefix + "-today")).isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM (SELECT e.hazard_id FROM hazard_event e JOIN hazard h ON h.id = e.hazard_id
                 WHERE h.town = ? AND e.action = 'ESCALATE' GROUP BY e.hazard_id HAVING count(*) = 1) once""", town))
                .isEqualTo(DUE);
        assertThat(count("""
                SELECT count(*) FROM hazard_event e JOIN hazard h ON h.id = e.hazard_id
                 WHERE h.town = ? AND e.action = 'ESCALATE'""", town)).isEqualTo(DUE);

        // A later run finds nothing more of ours to escalate.
        instanceB.escalateOverdue();
        assertThat(count("""
                SELECT count(*) FROM hazard_event e JOIN hazard h ON h.id = e.hazard_id
                 WHERE h.town = ? AND e.action = 'ESCALATE'""", town)).isEqualTo(DUE);

        Answer listed = http.get("/api/v1/hazards?town=" + town + "&overdue=true");
        assertThat(listed.json().path("total").asLong()).isEqualTo(DUE);
        assertThat(listed.json().path("items").get(0).path("level").asString()).isEqualTo("DISTRICT");
        Answer perTown = http.get("/api/v1/hazards/overdue-counts?by=TOWN");
        var row = HazardClosedLoopIT.findByKey(perTown, town);
        assertThat(row.path("overdue").asLong()).isEqualTo(DUE);
        assertThat(row.path("major").asLong()).isEqualTo(DUE / 10);
        assertThat(row.path("atDistrict").asLong()).isEqualTo(DUE);
        assertThat(http.get("/api/v1/hazards/overdue-counts?by=DEPARTMENT").json().toString()).contains("区应急管理局");
    }

    static int runAfter(CyclicBarrier barrier, HazardRectification instance) {
        try {
            barrier.await();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        return instance.escalateOverdue();
    }

    long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
