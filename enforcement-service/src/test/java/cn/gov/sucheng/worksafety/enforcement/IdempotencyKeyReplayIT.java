package cn.gov.sucheng.worksafety.enforcement;

import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.platform.testing.IdempotencyContract;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.gov.sucheng.worksafety.platform.testing.IdempotencyContract.assertReplays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A POST sent again with the same Idempotency-Key (a client retrying after a lost answer) gets the first answer
 * again (checked on every POST by the contract) and creates nothing more: no second inspection, finding, outbox
 * message or trail entry; no second case.
 */
@ServiceIT
class IdempotencyKeyReplayIT implements IdempotencyContract {

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
        // An enterprise of its own: the counts below are this test's alone.
        enterprise = FakeSiblings.INSTANCE.enterprise("宿迁市宿城区重试测试企业" + UUID.randomUUID(), "王官集镇",
                IndustryArea.INDUSTRY_AREA_OTHER);
    }

    long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void aReplayedInspectionAnswersTheSameRecordAndWritesNothingMore() {
        String key = "inspection-" + UUID.randomUUID();
        String body = JsonHttp.json(TestInspections.body(enterprise, "检查发现储罐区可燃气体报警器失效。"));

        Answer first = http.post("/api/v1/inspections", body, key);
        Answer replay = http.post("/api/v1/inspections", body, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertReplays(first, replay);
        UUID id = UUID.fromString(first.json().path("id").asString());
        assertThat(count("SELECT count(*) FROM inspection WHERE enterprise_id = :id", enterprise)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM finding WHERE inspection_id = :id", id)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM outbox_message WHERE aggregate_id = CAST(:id AS text)", id))
                .as("two findings and one report to index").isEqualTo(3);
        assertThat(count("SELECT count(*) FROM trail_entry WHERE subject_id = :id", id)).isEqualTo(1);
        assertThat(http.get("/api/v1/inspections?enterpriseId=" + enterprise).json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aReplayedCaseFilingAnswersTheSameCaseAndFilesNothingMore() {
        String key = "case-" + UUID.randomUUID();
        String body = JsonHttp.json(Map.of("enterpriseId", enterprise.toString(), "violationType",
                "NO_SAFETY_TRAINING", "major", false, "summary", "未按规定对从业人员进行安全生产教育和培训", "actor",
                "区应急管理局 李明"));

        Answer first = http.post("/api/v1/cases", body, key);
        Answer replay = http.post("/api/v1/cases", body, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertReplays(first, replay);
        UUID id = UUID.fromString(first.json().path("id").asString());
        assertThat(count("SELECT count(*) FROM enforcement_case WHERE enterprise_id = :id", enterprise)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM trail_entry WHERE subject_id = :id", id)).isEqualTo(1);
        assertThat(http.get("/api/v1/cases?enterpriseId=" + enterprise).json().path("total").asLong()).isEqualTo(1);
    }
}
