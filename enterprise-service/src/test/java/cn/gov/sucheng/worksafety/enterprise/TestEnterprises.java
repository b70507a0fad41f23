package cn.gov.sucheng.worksafety.enterprise;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.sucheng.worksafety.enterprise.registry.model.Codes;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registers enterprises through the REST API, each with a fresh valid credit code of Sucheng (321302) whose
 * check character comes from the tests' own implementation of GB 32100-2015, not from production's.
 */
public final class TestEnterprises {

    private TestEnterprises() {
    }

    public static UUID register(JsonHttp http) {
        return register(http, "HAZARDOUS_CHEMICALS");
    }

    /** An enterprise of {@code industryArea} (a name of the registry's industry areas). */
    public static UUID register(JsonHttp http, String industryArea) {
        return register(http, industryArea, "耿车镇");
    }

    /** An enterprise of {@code industryArea} in {@code town}. */
    public static UUID register(JsonHttp http, String industryArea, String town) {
        String code = Codes.random("321302", ThreadLocalRandom.current());
        JsonHttp.Answer answer = http.post("/api/v1/enterprises", JsonHttp.json(Map.of("creditCode", code,
                "name", "宿迁市宿城区恒安化工有限公司", "town", town, "industryArea", industryArea)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return UUID.fromString(answer.json().path("id").asString());
    }
}
