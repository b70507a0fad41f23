package cn.gov.sucheng.worksafety.enterprise.registry;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.enterprise;
import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.json;
import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.newCode;
import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.newTown;
import static org.assertj.core.api.Assertions.assertThat;

/** Update with a version (no lost update) and soft delete, over REST against a real PostgreSQL. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.cloud.nacos.config.enabled=false",
        "spring.grpc.server.port=0" })
class EnterpriseLifecycleIT {

    @LocalServerPort
    int port;

    JsonHttp http;
    String code;
    String id;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        code = newCode();
        Answer created = http.post("/api/v1/enterprises",
                json(enterprise(code, "宿迁市恒安化工有限公司", newTown(), "HAZARDOUS_CHEMICALS")));
        assertThat(created.status()).isEqualTo(201);
        id = created.json().path("id").asString();
    }

    Answer put(String ifMatch, Map<String, Object> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/enterprises/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }

    Answer delete(String path, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).DELETE();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static Map<String, Object> revision(String name, String area) {
        Map<String, Object> body = enterprise(null, name, "龙河镇", area);
        body.remove("creditCode");
        body.put("village", "龙河村");
        body.put("grid", "网格3");
        body.put("latitude", 33.91);
        body.put("longitude", 118.25);
        return body;
    }

    @Test
    void updatesWithIfMatchAndAnswersTheNewVersion() {
        Answer updated = put("\"0\"", revision("宿迁恒安新材料有限公司", "HAZARDOUS_CHEMICALS"));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.json().path("version").asLong()).isEqualTo(1);
        assertThat(updated.json().path("creditCode").asString()).isEqualTo(code);
        Answer read = http.get("/api/v1/enterprises/" + id);
        assertThat(read.json().path("name").asString()).isEqualTo("宿迁恒安新材料有限公司");
        assertThat(read.json().path("town").asString()).isEqualTo("龙河镇");
        assertThat(read.json().path("village").asString()).isEqualTo("龙河村");
        assertThat(read.json().path("grid").asString()).isEqualTo("网格3");
        assertThat(read.json().path("latitude").asDouble()).isEqualTo(33.91);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void updatesWithAVersionFieldAndRederivesTheDepartmentWhenTheAreaChanges() {
        Map<String, Object> body = revision("宿迁恒安建设有限公司", "CONSTRUCTION");
        body.put("version", 0);
        body.put("creditCode", code.toLowerCase());

        Answer updated = put(null, body);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("industryArea").asString()).isEqualTo("CONSTRUCTION");
        assertThat(updated.json().path("supervisingDepartment").asString()).isEqualTo("区住房和城乡建设局");
    }

    @Test
    void refusesAStaleIfMatchWith412AndLosesNoUpdate() {
        assertThat(put("\"0\"", revision("第一次修改", "HAZARDOUS_CHEMICALS")).status()).isEqualTo(200);

        Answer stale = put("\"0\"", revision("第二次修改（基于旧版本）", "HAZARDOUS_CHEMICALS"));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().path("type").asString()).endsWith("/problems/precondition-failed");
        assertThat(stale.json().path("detail").asString()).contains("version 1");
        assertThat(http.get("/api/v1/enterprises/" + id).json().path("name").asString()).isEqualTo("第一次修改");
    }

    @Test
    void refusesAStaleVersionFieldWith409() {
        Map<String, Object> first = revision("第一次修改", "HAZARDOUS_CHEMICALS");
        first.put("version", 0);
        assertThat(put(null, first).status()).isEqualTo(200);

        Map<String, Object> second = revision("第二次修改（基于旧版本）", "HAZARDOUS_CHEMICALS");
        second.put("version", 0);
        Answer stale = put(null, second);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).endsWith("/problems/conflict");
        assertThat(http.get("/api/v1/enterprises/" + id).json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void letsOnlyOneOfTwoConcurrentUpdatesOfTheSameVersionWin() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> put("\"0\"", revision("甲的修改", "HAZARDOUS_CHEMICALS")).status());
            var b = pool.submit(() -> put("\"0\"", revision("乙的修改", "HAZARDOUS_CHEMICALS")).status());

            assertThat(java.util.List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 412);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(http.get("/api/v1/enterprises/" + id).json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void wantsAVersionAndRefusesAChangedCreditCodeNamingTheFields() {
        Answer noVersion = put(null, revision("无版本", "HAZARDOUS_CHEMICALS"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.invalidFields()).containsExactly("version");

        Map<String, Object> otherCode = revision("换代码", "HAZARDOUS_CHEMICALS");
        otherCode.put("creditCode", newCode());
        Answer changed = put("\"0\"", otherCode);
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.invalidFields()).containsExactly("creditCode");

        Answer wildcard = put("*", revision("通配", "HAZARDOUS_CHEMICALS"));
        assertThat(wildcard.status()).isEqualTo(400);
        assertThat(wildcard.invalidFields()).containsExactly("If-Match");

        Map<String, Object> invalid = revision("", "MINING");
        invalid.put("version", 0);
        assertThat(put(null, invalid).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/enterprises/" + id).json().path("version").asLong()).isZero();
    }

    @Test
    void answers404WhenUpdatingAnUnknownEnterprise() {
        id = UUID.randomUUID().toString();

        assertThat(put("\"0\"", revision("无此企业", "OTHER")).status()).isEqualTo(404);
    }

    @Test
    void deletesSoftlySoTheCodeCanBeRegisteredAgain() {
        Answer deleted = delete("/api/v1/enterprises/" + id, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.get("/api/v1/enterprises/" + id).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/enterprises/by-credit-code/" + code).status()).isEqualTo(404);
        assertThat(put("\"1\"", revision("已删除", "OTHER")).status()).isEqualTo(404);
        assertThat(delete("/api/v1/enterprises/" + id, null).status()).isEqualTo(404);

        Answer again = http.post("/api/v1/enterprises", json(enterprise(code, "宿迁市恒安化工有限公司", "耿车镇", "OTHER")));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("id").asString()).isNotEqualTo(id);
    }

    @Test
    void deletesOnlyTheVersionNamedByIfMatch() {
        assertThat(put("\"0\"", revision("修改过", "HAZARDOUS_CHEMICALS")).status()).isEqualTo(200);

        assertThat(delete("/api/v1/enterprises/" + id, "\"0\"").status()).isEqualTo(412);
        assertThat(http.get("/api/v1/enterprises/" + id).status()).isEqualTo(200);
        assertThat(delete("/api/v1/enterprises/" + id, "\"1\"").status()).isEqualTo(204);
    }
}
