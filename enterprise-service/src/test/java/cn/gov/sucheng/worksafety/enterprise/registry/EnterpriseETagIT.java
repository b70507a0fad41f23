package cn.gov.sucheng.worksafety.enterprise.registry;

import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.Requests;
import cn.gov.sucheng.worksafety.enterprise.TestEnterprises;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other features record on the enterprise's record (its risk colour, its dual-prevention flag) moves the
 * enterprise's version, so its ETag, and honours If-Match like a revision does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class EnterpriseETagIT {

    @LocalServerPort
    int port;

    JsonHttp http;
    String base;
    UUID id;

    @BeforeEach
    void setUp() {
        base = "http://127.0.0.1:" + port;
        http = new JsonHttp(base);
        id = TestEnterprises.register(http);
    }

    String etag() {
        return http.get("/api/v1/enterprises/" + id).header("ETag");
    }

    Answer put(String path, String etag, Map<String, Object> body) {
        return http.send(Requests.withIfMatch(base, "PUT", "/api/v1/enterprises/" + id + path, etag, body));
    }

    @Test
    void aRiskColourAssessmentMovesTheEnterprisesETag() {
        String before = etag();

        Answer assessed = put("/risk-colour", null, Map.of("colour", "RED", "reason", "构成一级重大危险源", "actor", "李明"));

        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
        Answer read = http.get("/api/v1/enterprises/" + id);
        assertThat(read.header("ETag")).isNotEqualTo(before).isEqualTo(assessed.header("ETag"));
        assertThat(read.json().path("riskColour").asString()).isEqualTo("RED");
        assertThat(read.json().path("updatedAt").asString()).isNotEqualTo(
                read.json().path("createdAt").asString());
    }

    @Test
    void aDualPreventionChangeMovesTheEnterprisesETag() {
        String before = etag();

        Answer built = put("/dual-prevention", null, Map.of("built", true, "actor", "李明"));

        assertThat(built.status()).as(built.toString()).isEqualTo(200);
        Answer read = http.get("/api/v1/enterprises/" + id);
        assertThat(read.header("ETag")).isNotEqualTo(before).isEqualTo(built.header("ETag"));
        assertThat(read.json().path("dualPreventionBuilt").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/enterprises/" + id + "/dual-prevention").header("ETag"))
                .isEqualTo(read.header("ETag"));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndRecordsNothing() {
        String read = etag();
        assertThat(put("/dual-prevention", read, Map.of("built", true, "actor", "李明")).status()).isEqualTo(200);

        Answer stale = put("/risk-colour", read, Map.of("colour", "BLUE", "reason", "年度评估", "actor", "张伟"));
        Answer staleFlag = put("/dual-prevention", read, Map.of("built", false, "actor", "张伟"));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(staleFlag.status()).as(staleFlag.toString()).isEqualTo(412);
        assertThat(http.get("/api/v1/enterprises/" + id + "/risk-colour-history").json().path("total").asLong()).isZero();
        assertThat(http.get("/api/v1/enterprises/" + id).json().path("dualPreventionBuilt").asBoolean()).isTrue();

        Answer current = put("/risk-colour", etag(), Map.of("colour", "BLUE", "reason", "年度评估", "actor", "张伟"));
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
    }
}
