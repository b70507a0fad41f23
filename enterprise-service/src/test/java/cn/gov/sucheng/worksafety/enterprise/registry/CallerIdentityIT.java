package cn.gov.sucheng.worksafety.enterprise.registry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
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

/**
 * The service verifies the caller's token again (it may be reached without the gateway) with the gateway's
 * scopes per collection and method, and a town-level
 * caller sees its own town's enterprises only, in the list and in reads.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.cloud.nacos.config.enabled=false",
        "spring.grpc.server.port=0" })
class CallerIdentityIT {

    @LocalServerPort
    int port;

    JsonHttp http;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
    }

    @Test
    void withoutAValidTokenTheServiceRefusesWithAnUnauthenticatedProblem() {
        for (JsonHttp caller : List.of(http.anonymous(), http.withToken(TestTokens.expired()),
                http.withToken(TestTokens.forged()))) {
            Answer answer = caller.get("/api/v1/enterprises");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asString()).endsWith("/problems/unauthenticated");
        }
        Answer write = http.anonymous().post("/api/v1/enterprises", json(enterprise(newCode(), "无凭据企业", newTown(),
                "HAZARDOUS_CHEMICALS")));
        assertThat(write.status()).as(write.toString()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutTheRoutesScopeIsRefusedAsTheGatewayWould() {
        String id = register(newTown());
        JsonHttp reader = http.withToken(TestTokens.withScopes("enterprise:read"));
        JsonHttp writer = http.withToken(TestTokens.withScopes("enterprise:write"));
        JsonHttp otherDomain = http.withToken(TestTokens.withScopes("hazard:read", "hazard:write", "admin"));

        assertThat(reader.get("/api/v1/enterprises/" + id).status()).isEqualTo(200);
        assertForbidden(reader.post("/api/v1/enterprises", json(enterprise(newCode(), "只读客户端企业", newTown(),
                "HAZARDOUS_CHEMICALS"))), "POST here needs the scope enterprise:write");
        assertForbidden(writer.get("/api/v1/enterprises/" + id), "GET here needs the scope enterprise:read");
        assertForbidden(otherDomain.get("/api/v1/licences"), "GET here needs the scope enterprise:read");
        assertForbidden(otherDomain.get("/api/v1/enterprises/" + id), "GET here needs the scope enterprise:read");
    }

    static void assertForbidden(Answer answer, String detail) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString()).endsWith("/problems/forbidden");
        assertThat(answer.json().path("detail").asString()).contains(detail);
    }

    @Test
    void healthAndTheOpenApiDocumentNeedNoToken() {
        assertThat(http.anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(http.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void aTownLevelCallerSeesItsOwnTownOnly() {
        String mine = newTown();
        String other = newTown();
        String ownId = register(mine);
        String otherId = register(other);
        JsonHttp townCaller = http.withToken(TestTokens.forTown(mine, "enterprise:read"));

        assertThat(ids(townCaller.get("/api/v1/enterprises?town=" + enc(mine)))).containsExactly(ownId);
        assertThat(ids(townCaller.get("/api/v1/enterprises?town=" + enc(other)))).isEmpty();
        assertThat(ids(townCaller.get("/api/v1/enterprises?search=" + enc("数据范围")))).contains(ownId)
                .doesNotContain(otherId);
        assertThat(townCaller.get("/api/v1/enterprises/" + ownId).status()).isEqualTo(200);
        Answer hidden = townCaller.get("/api/v1/enterprises/" + otherId);
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(404);
        // A district-level caller sees both.
        assertThat(http.get("/api/v1/enterprises/" + otherId).status()).isEqualTo(200);
    }

    String register(String town) {
        Answer created = http.post("/api/v1/enterprises", json(enterprise(newCode(), "宿迁市数据范围测试有限公司", town,
                "HAZARDOUS_CHEMICALS")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    static List<String> ids(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().path("items").forEach(e -> ids.add(e.path("id").asString()));
        return ids;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
