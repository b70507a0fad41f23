package cn.gov.sucheng.worksafety.enterprise;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Codes;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A town-level caller (its token names a town) reads, changes and records only what belongs to its own town's
 * enterprises, in the registry and in every register kept on an enterprise: another town's enterprise and its
 * records are not there (404, and never listed), recording on it is refused as on an unknown enterprise (422), and
 * an enterprise cannot be registered in or moved to another town (400 naming the town). Each test makes two towns of
 * its own, so records of earlier runs never count.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.cloud.nacos.config.enabled=false",
        "spring.grpc.server.port=0" })
class TownScopeIT {

    @LocalServerPort
    int port;

    String base;
    JsonHttp district;
    JsonHttp town;
    String ownTown;
    String otherTown;
    LocalDate today;

    /** A register kept on an enterprise: its collection, a valid body for an enterprise, an action on a record. */
    record Register(String collection, Function<String, Map<String, Object>> body, String action,
            Map<String, Object> actionBody) {
    }

    List<Register> registers() {
        return List.of(
                new Register("/api/v1/licences", e -> RegisterBodies.licence(e, today.minusYears(1)), "suspend",
                        Map.of("actor", "李队长", "reason", "停产整顿")),
                new Register("/api/v1/emergency-plans", e -> RegisterBodies.emergencyPlan(e, today), "review",
                        Map.of("reviewedOn", today.toString(), "outcome", "UNCHANGED", "reviewedBy", "安全环保部")),
                new Register("/api/v1/major-hazard-sources", RegisterBodies::majorHazardSource, "deregister",
                        Map.of("actor", "区应急管理局 李明", "reason", "液氯储罐已拆除")),
                new Register("/api/v1/credit-events", e -> RegisterBodies.creditEvent(e, today), "lift",
                        Map.of("reason", "完成信用修复", "liftedBy", "区应急管理局 王敏")),
                new Register("/api/v1/standardization-gradings", e -> RegisterBodies.grading(e, today), "withdraw",
                        Map.of("actor", "张伟", "reason", "复评发现重大事故隐患未按期整改")),
                new Register("/api/v1/liability-insurance-policies", e -> RegisterBodies.liabilityPolicy(e, today),
                        "cancel", Map.of("effectiveOn", today.toString(), "reason", "企业停产退保", "actor", "王科长")));
    }

    @BeforeEach
    void setUp() {
        base = "http://127.0.0.1:" + port;
        district = new JsonHttp(base);
        String run = UUID.randomUUID().toString().substring(0, 8);
        ownTown = "耿车镇-" + run;
        otherTown = "埠子镇-" + run;
        town = district.withToken(TestTokens.forTown(ownTown, "enterprise:read", "enterprise:write"));
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void anotherTownsEnterpriseCannotBeReadChangedOrDeleted() {
        UUID other = TestEnterprises.register(district, "HAZARDOUS_CHEMICALS", otherTown);
        Answer registered = district.get("/api/v1/enterprises/" + other);
        String code = registered.json().path("creditCode").asString();

        for (String read : List.of("/api/v1/enterprises/" + other, "/api/v1/enterprises/by-credit-code/" + code,
                "/api/v1/enterprises/" + other + "/profile", "/api/v1/enterprises/" + other + "/risk-colour-history",
                "/api/v1/enterprises/" + other + "/dual-prevention")) {
            Answer answer = town.get(read);
            assertThat(answer.status()).as(read + " " + answer).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(send("PUT", "/api/v1/enterprises/" + other, "\"0\"", revision(code, otherTown)).status())
                .isEqualTo(404);
        assertThat(send("PUT", "/api/v1/enterprises/" + other + "/risk-colour", null,
                Map.of("colour", "RED", "reason", "越权评估", "actor", "某镇")).status()).isEqualTo(404);
        assertThat(send("PUT", "/api/v1/enterprises/" + other + "/dual-prevention", null,
                Map.of("built", true, "actor", "某镇")).status()).isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/enterprises/" + other, null, Map.of()).status()).isEqualTo(404);

        Answer unchanged = district.get("/api/v1/enterprises/" + other);
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.json().path("version").asLong()).isZero();
        assertThat(unchanged.json().path("riskColour").isNull()
                || unchanged.json().path("riskColour").isMissingNode()).isTrue();
    }

    @Test
    void anEnterpriseIsRegisteredInAndKeptToTheCallersTown() {
        Answer elsewhere = town.post("/api/v1/enterprises", JsonHttp.json(Map.of("creditCode", newCode(),
                "name", "宿迁市宿城区越界登记有限公司", "town", otherTown, "industryArea", "HAZARDOUS_CHEMICALS")));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(400);
        assertThat(elsewhere.invalidFields()).containsExactly("town");

        String code = newCode();
        Answer own = town.post("/api/v1/enterprises", JsonHttp.json(Map.of("creditCode", code,
                "name", "宿迁市宿城区本镇登记有限公司", "town", ownTown, "industryArea", "HAZARDOUS_CHEMICALS")));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        String id = own.json().path("id").asString();

        Answer moved = send("PUT", "/api/v1/enterprises/" + id, "\"0\"", revision(code, otherTown));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(400);
        assertThat(moved.invalidFields()).containsExactly("town");
        Answer revised = send("PUT", "/api/v1/enterprises/" + id, "\"0\"", revision(code, ownTown));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(town.get("/api/v1/enterprises/" + id).json().path("town").asString()).isEqualTo(ownTown);
    }

    @Test
    void theRegistersOfAnotherTownsEnterpriseAreNotThere() {
        String own = TestEnterprises.register(district, "HAZARDOUS_CHEMICALS", ownTown).toString();
        String other = TestEnterprises.register(district, "HAZARDOUS_CHEMICALS", otherTown).toString();
        for (Register register : registers()) {
            String ownRecord = recorded(district, register, own);
            String otherRecord = recorded(district, register, other);
            String path = register.collection();

            assertThat(listed(town, path + "?size=200&enterpriseId=" + own)).as(path).containsExactly(ownRecord);
            assertThat(listed(town, path + "?size=200&enterpriseId=" + other)).as(path).isEmpty();
            assertThat(listedEverywhere(town, path)).as(path).contains(ownRecord).doesNotContain(otherRecord);
            assertThat(town.get(path + "/" + ownRecord).status()).as(path).isEqualTo(200);
            Answer hidden = town.get(path + "/" + otherRecord);
            assertThat(hidden.status()).as(path + " " + hidden).isEqualTo(404);
            assertThat(hidden.contentType()).startsWith("application/problem+json");

            Answer onOther = town.post(path + "/" + otherRecord + "/" + register.action(),
                    JsonHttp.json(register.actionBody()));
            assertThat(onOther.status()).as(path + " " + onOther).isEqualTo(404);
            Answer recordOnOther = town.post(path, JsonHttp.json(register.body().apply(other)));
            assertThat(recordOnOther.status()).as(path + " " + recordOnOther).isEqualTo(422);

            Answer onOwn = town.post(path + "/" + ownRecord + "/" + register.action(),
                    JsonHttp.json(register.actionBody()));
            assertThat(onOwn.status()).as(path + " " + onOwn).isBetween(200, 201);
            assertThat(recorded(town, register, own)).isNotBlank();
            assertThat(listed(district, path + "?size=200&enterpriseId=" + other)).as(path)
                    .containsExactly(otherRecord);
        }
    }

    String recorded(JsonHttp caller, Register register, String enterprise) {
        Answer answer = caller.post(register.collection(), JsonHttp.json(register.body().apply(enterprise)));
        assertThat(answer.status()).as(register.collection() + " " + answer).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    static List<String> listed(JsonHttp caller, String path) {
        Answer answer = caller.get(path);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    /** Every page of a list: the whole district's records of earlier runs may come before this test's. */
    static List<String> listedEverywhere(JsonHttp caller, String path) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = listed(caller, path + "?size=200&page=" + page);
            ids.addAll(items);
            if (items.size() < 200) {
                return ids;
            }
        }
    }

    Answer send(String method, String path, String etag, Object body) {
        return town.send(Requests.withIfMatch(base, method, path, etag, body));
    }

    static Map<String, Object> revision(String code, String inTown) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", code);
        body.put("name", "宿迁市宿城区恒安化工有限公司");
        body.put("town", inTown);
        body.put("industryArea", "HAZARDOUS_CHEMICALS");
        return body;
    }

    static String newCode() {
        return Codes.random("321302", ThreadLocalRandom.current());
    }
}
