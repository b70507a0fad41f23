package cn.gov.sucheng.worksafety.enterprise;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCode;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers enterprises through the REST API, each with a fresh valid credit code of Sucheng (321302). */
public final class TestEnterprises {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestEnterprises() {
    }

    public static UUID register(JsonHttp http) {
        StringBuilder first17 = new StringBuilder("91321302");
        for (int i = 0; i < 9; i++) {
            first17.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        String code = first17.toString() + CreditCode.checkCharacter(first17.toString());
        JsonHttp.Answer answer = http.post("/api/v1/enterprises", JsonHttp.json(Map.of("creditCode", code,
                "name", "宿迁市宿城区恒安化工有限公司", "town", "耿车镇", "industryArea", "HAZARDOUS_CHEMICALS")));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return UUID.fromString(answer.json().path("id").asString());
    }
}
