package cn.gov.sucheng.worksafety.enforcement.trail;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.FakeSiblings;
import cn.gov.sucheng.worksafety.enforcement.ServiceIT;
import cn.gov.sucheng.worksafety.enforcement.TestInspections;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The enforcement trail through the API, and its verification against a row changed behind the service's back. */
@ServiceIT
class TrailIT {

    @DynamicPropertySource
    static void siblings(DynamicPropertyRegistry registry) {
        FakeSiblings.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInspectionIsOnTheTrailAndATamperedRowIsNamedAsTheFirstBreak() {
        JsonHttp http = new JsonHttp("http://127.0.0.1:" + port);
        UUID enterprise = FakeSiblings.INSTANCE.enterprise("宿迁市宿城区宏达木业有限公司", "龙河镇",
                IndustryArea.INDUSTRY_AREA_METALLURGY_INDUSTRY_TRADE);
        String id = http.post("/api/v1/inspections", JsonHttp.json(TestInspections.body(enterprise, "木工车间粉尘清扫记录缺失。")))
                .json().path("id").asString();

        Answer trail = http.get("/api/v1/inspections/" + id + "/trail");
        assertThat(trail.status()).isEqualTo(200);
        JsonNode entry = trail.json().get(0);
        assertThat(entry.path("action").asString()).isEqualTo("INSPECTION_RECORDED");
        assertThat(entry.path("actor").asString()).isEqualTo("区应急管理局 李明");
        assertThat(entry.path("hash").asString()).hasSize(64);
        long sequence = entry.path("sequence").asLong();

        Answer intact = http.get("/api/v1/enforcement-trail/verification");
        assertThat(intact.json().path("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.json().path("checked").asLong()).isGreaterThanOrEqualTo(sequence);

        String actor = entry.path("actor").asString();
        jdbc.sql("UPDATE trail_entry SET actor = '区应急管理局 王五' WHERE sequence = ?").param(sequence).update();
        try {
            Answer broken = http.get("/api/v1/enforcement-trail/verification");

            assertThat(broken.json().path("intact").asBoolean()).isFalse();
            assertThat(broken.json().path("firstBreak").path("sequence").asLong()).isEqualTo(sequence);
            assertThat(broken.json().path("checked").asLong()).isEqualTo(sequence - 1);
        }
        finally {
            // The test database is shared: put the row back so the chain is whole for everyone else.
            jdbc.sql("UPDATE trail_entry SET actor = ? WHERE sequence = ?").param(actor).param(sequence).update();
        }
        assertThat(http.get("/api/v1/enforcement-trail/verification").json().path("intact").asBoolean()).isTrue();
    }
}
