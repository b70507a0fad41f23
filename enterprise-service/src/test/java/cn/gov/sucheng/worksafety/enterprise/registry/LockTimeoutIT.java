package cn.gov.sucheng.worksafety.enterprise.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import cn.gov.sucheng.worksafety.enterprise.Requests;
import cn.gov.sucheng.worksafety.enterprise.TestEnterprises;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change that has to wait for a row another transaction holds waits no longer than the lock timeout, then
 * answers 503 "busy" with Retry-After, and changes nothing; once the row is free, the same change goes through.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0",
        "worksafety.datasource.lock-timeout=500ms" })
class LockTimeoutIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aRowHeldLongerThanTheLockTimeoutAnswers503BusyAndChangesNothing() throws Exception {
        String base = "http://127.0.0.1:" + port;
        JsonHttp http = new JsonHttp(base);
        UUID id = TestEnterprises.register(http);
        Map<String, Object> revision = Map.of("name", "宿迁市宿城区恒安新材料有限公司", "town", "耿车镇",
                "industryArea", "HAZARDOUS_CHEMICALS");

        Answer refused;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT 1 FROM enterprise WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, id);
                lock.executeQuery();
            }
            refused = http.send(Requests.withIfMatch(base, "PUT", "/api/v1/enterprises/" + id, "\"0\"", revision));
            holder.rollback();
        }

        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).endsWith("/problems/busy");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        Answer unchanged = http.get("/api/v1/enterprises/" + id);
        assertThat(unchanged.json().path("name").asString()).isEqualTo("宿迁市宿城区恒安化工有限公司");
        assertThat(unchanged.header("ETag")).isEqualTo("\"0\"");

        Answer retried = http.send(Requests.withIfMatch(base, "PUT", "/api/v1/enterprises/" + id, "\"0\"", revision));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().path("name").asString()).isEqualTo("宿迁市宿城区恒安新材料有限公司");
    }
}
