package cn.gov.sucheng.worksafety.enterprise.registry;

import java.util.Map;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.enterprise;
import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.json;
import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.newCode;
import static cn.gov.sucheng.worksafety.enterprise.registry.Registrations.withWrongCheckCharacter;
import static org.assertj.core.api.Assertions.assertThat;

/** The division check, and the admin override for registered codes that fail a check, recorded for audit. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.cloud.nacos.config.enabled=false",
        "spring.grpc.server.port=0" })
class CreditCodeOverrideIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonHttp http;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
    }

    static Map<String, Object> withOverride(String code, String reason, String actor) {
        Map<String, Object> body = enterprise(code, "宿迁市老字号酿造厂", "项里街道", "OTHER");
        Map<String, Object> override = new java.util.LinkedHashMap<>();
        override.put("reason", reason);
        override.put("actor", actor);
        body.put("override", override);
        return body;
    }

    long overridesOf(String code) {
        return jdbc.sql("SELECT count(*) FROM credit_code_override WHERE credit_code = :code").param("code", code)
                .query(Long.class).single();
    }

    @Test
    void refusesAnUnknownDivisionNamingTheCreditCode() {
        String code = newCode("991302");

        Answer answer = http.post("/api/v1/enterprises", json(enterprise(code, "某企业", "耿车镇", "OTHER")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidFields()).containsExactly("creditCode");
        assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("991302");
    }

    @Test
    void acceptsAFailingCodeWithAnOverrideAndShowsAndRecordsIt() {
        String code = withWrongCheckCharacter(newCode("991302"));

        Answer created = http.post("/api/v1/enterprises", json(withOverride(code, "营业执照所载代码，经市场监管局核实",
                "区应急管理局 王伟")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var override = created.json().path("codeCheckOverride");
        assertThat(override.path("reason").asString()).isEqualTo("营业执照所载代码，经市场监管局核实");
        assertThat(override.path("actor").asString()).isEqualTo("区应急管理局 王伟");
        assertThat(override.path("failedChecks").toString()).isEqualTo("[\"CHECK_CHARACTER\",\"DIVISION\"]");
        assertThat(override.path("recordedAt").asString()).isNotBlank();
        assertThat(overridesOf(code)).isEqualTo(1);

        String id = created.json().path("id").asString();
        Answer read = http.get("/api/v1/enterprises/" + id);
        assertThat(read.json().path("codeCheckOverride").path("actor").asString()).isEqualTo("区应急管理局 王伟");
        Answer byCode = http.get("/api/v1/enterprises/by-credit-code/" + code);
        assertThat(byCode.status()).isEqualTo(200);
        assertThat(byCode.json().path("codeCheckOverride").path("failedChecks").size()).isEqualTo(2);
    }

    @Test
    void showsNoOverrideForACodeThatPassesItsChecks() {
        Answer created = http.post("/api/v1/enterprises", json(enterprise(newCode(), "某企业", "耿车镇", "OTHER")));

        assertThat(created.json().has("codeCheckOverride")).isFalse();
    }

    @Test
    void wantsAReasonAndAnActorAndWritesNothingWithoutThem() {
        String code = withWrongCheckCharacter(newCode());

        Answer answer = http.post("/api/v1/enterprises", json(withOverride(code, " ", null)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidFields()).containsExactlyInAnyOrder("override.reason", "override.actor");
        assertThat(overridesOf(code)).isZero();
        assertThat(http.get("/api/v1/enterprises/by-credit-code/" + code).status()).isEqualTo(404);
    }

    @Test
    void refusesAnOverrideForACodeThatNeedsNone() {
        String code = newCode();

        Answer answer = http.post("/api/v1/enterprises", json(withOverride(code, "无需豁免", "王伟")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidFields()).containsExactly("override");
        assertThat(overridesOf(code)).isZero();
    }

    @Test
    void cannotOverrideAMalformedCode() {
        Answer answer = http.post("/api/v1/enterprises", json(withOverride("91A21302MA1XYK004T", "格式错误", "王伟")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidFields()).containsExactly("creditCode");
    }
}
