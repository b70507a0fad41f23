package cn.gov.sucheng.worksafety.e2e;

import java.time.Duration;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A town-level system through the gateway, on the demo district: the local issuer's {@code town-gengche} client,
 * whose tokens carry the town claim 耿车镇. The claim reaches the services with the forwarded token, and they answer
 * only that town's records: every listed one is of 耿车镇, another town's is not found, also through a filter.
 */
class TownScopeThroughGatewayIT {

    static final String TOWN = "耿车镇";

    static JsonHttp district;
    static JsonHttp town;

    @BeforeAll
    static void suite() {
        Suite suite = Suite.started();
        district = new JsonHttp(Suite.gateway(), Duration.ofSeconds(20));
        town = district.withToken(suite.token("town-gengche", "gengche-dev-secret", "enterprise:read hazard:read"));
    }

    @Test
    void aTownSystemSeesItsTownsEnterprisesAndTheirRegistersOnly() {
        JsonNode seen = listed(town, "/api/v1/enterprises?size=200");
        assertThat(seen.path("total").asLong()).isPositive();
        seen.path("items").forEach(e -> assertThat(e.path("town").asString()).isEqualTo(TOWN));

        String other = licensedElsewhere();
        assertNotFound(town.get("/api/v1/enterprises/" + other));
        assertNotFound(town.get("/api/v1/enterprises/" + other + "/profile"));
        assertThat(listed(town, "/api/v1/licences?size=1&enterpriseId=" + other).path("total").asLong()).isZero();
        listed(town, "/api/v1/licences?size=20").path("items").forEach(licence -> assertThat(
                listed(town, "/api/v1/enterprises/" + licence.path("enterpriseId").asString()).path("town")
                        .asString()).isEqualTo(TOWN));
    }

    /** A demo enterprise of another town than 耿车镇 that holds a licence. */
    static String licensedElsewhere() {
        for (JsonNode licence : listed(district, "/api/v1/licences?size=50").path("items")) {
            String enterprise = licence.path("enterpriseId").asString();
            if (!listed(district, "/api/v1/enterprises/" + enterprise).path("town").asString().equals(TOWN)) {
                return enterprise;
            }
        }
        throw new AssertionError("the demo district has licensed enterprises in other towns than " + TOWN);
    }

    @Test
    void aTownSystemSeesItsTownsHazardsOnly() {
        JsonNode seen = listed(town, "/api/v1/hazards?size=200");
        assertThat(seen.path("total").asLong()).isPositive();
        seen.path("items").forEach(h -> assertThat(h.path("town").asString()).isEqualTo(TOWN));

        JsonNode all = listed(district, "/api/v1/hazards?size=200");
        assertThat(all.path("total").asLong()).isGreaterThan(seen.path("total").asLong());
        assertNotFound(town.get("/api/v1/hazards/" + ofAnotherTown(all)));
    }

    static JsonNode listed(JsonHttp caller, String path) {
        Answer answer = caller.get(path);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
        return answer.json();
    }

    /** The id of a listed record of another town than 耿车镇. */
    static String ofAnotherTown(JsonNode list) {
        for (JsonNode item : list.path("items")) {
            if (!item.path("town").asString().equals(TOWN)) {
                return item.path("id").asString();
            }
        }
        throw new AssertionError("the demo district has records of other towns than " + TOWN);
    }

    static void assertNotFound(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
