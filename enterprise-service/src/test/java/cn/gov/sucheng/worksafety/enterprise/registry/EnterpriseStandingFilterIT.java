package cn.gov.sucheng.worksafety.enterprise.registry;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.LicenceState;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RiskColour;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise list filtered by what other features record: risk colour, dual prevention, licence
 * state, standardization grade and blacklist, each set through its own API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.cloud.nacos.config.enabled=false",
        "spring.grpc.server.port=0" })
class EnterpriseStandingFilterIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @LocalGrpcPort
    int grpcPort;

    JsonHttp http;
    String town;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        town = Registrations.newTown();
    }

    String registered(String name) {
        Answer created = http.post("/api/v1/enterprises", Registrations.json(
                Registrations.enterprise(Registrations.newCode(), name, town, "HAZARDOUS_CHEMICALS")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    void ok(Answer answer) {
        assertThat(answer.status() / 100).as(answer.toString()).isEqualTo(2);
    }

    Answer put(String path, String json) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    List<String> names(String filter) {
        Answer list = http.get("/api/v1/enterprises?town=" + java.net.URLEncoder.encode(town,
                java.nio.charset.StandardCharsets.UTF_8) + "&" + filter);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        list.json().path("items").forEach(e -> names.add(e.path("name").asString()));
        return names;
    }

    @Test
    void filtersByWhatOtherFeaturesRecord() {
        recordStandings();

        assertThat(names("")).containsExactlyInAnyOrder("甲化工", "乙化工", "丙化工");
        assertThat(names("riskColour=RED")).containsExactly("甲化工");
        assertThat(names("dualPrevention=true")).containsExactly("乙化工");
        assertThat(names("dualPrevention=false")).containsExactlyInAnyOrder("甲化工", "丙化工");
        assertThat(names("licenceState=EXPIRING")).containsExactly("甲化工");
        assertThat(names("licenceState=VALID")).isEmpty();
        assertThat(names("standardizationGrade=2")).containsExactly("乙化工");
        assertThat(names("standardizationGrade=1")).isEmpty();
        assertThat(names("blacklisted=true")).containsExactly("乙化工");
        assertThat(names("blacklisted=false&riskColour=RED")).containsExactly("甲化工");
    }

    @Test
    void filtersTheDrawPoolTheSameWay() {
        recordStandings();
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
        try {
            var pool = EnterpriseServiceGrpc.newBlockingStub(channel);
            var base = ListDrawPoolRequest.newBuilder().setTown(town);

            assertThat(drawn(pool, base.clone().setRiskColour(RiskColour.RISK_COLOUR_RED))).containsExactly("甲化工");
            assertThat(drawn(pool, base.clone().setBlacklisted(false))).containsExactlyInAnyOrder("甲化工", "丙化工");
            assertThat(drawn(pool, base.clone().setLicenceState(LicenceState.LICENCE_STATE_EXPIRING)
                    .setDualPrevention(false))).containsExactly("甲化工");
            assertThat(drawn(pool, base.clone().setStandardizationGrade(2))).containsExactly("乙化工");
        }
        finally {
            channel.shutdownNow();
        }
    }

    static List<String> drawn(EnterpriseServiceGrpc.EnterpriseServiceBlockingStub pool, ListDrawPoolRequest.Builder request) {
        List<String> names = new java.util.ArrayList<>();
        pool.withDeadlineAfter(5, TimeUnit.SECONDS).listDrawPool(request.build()).getEnterprisesList()
                .forEach(e -> names.add(e.getName()));
        return names;
    }

    void recordStandings() {
        String a = registered("甲化工");
        String b = registered("乙化工");
        registered("丙化工");
        ok(put("/api/v1/enterprises/" + a + "/risk-colour", "{\"colour\":\"RED\",\"reason\":\"评估\",\"actor\":\"李明\"}"));
        ok(put("/api/v1/enterprises/" + b + "/dual-prevention", "{\"built\":true,\"actor\":\"李明\"}"));
        ok(http.post("/api/v1/licences", JsonHttp.json(Map.of("enterpriseId", a, "number", "证" + a,
                "scope", "危险化学品经营", "issuingAuthority", "江苏省应急管理厅",
                "issuedOn", TODAY.minusYears(3).plusDays(20).toString(), "actor", "王科长"))));
        ok(http.post("/api/v1/standardization-gradings", JsonHttp.json(Map.of("enterpriseId", b, "grade", 2,
                "awardedOn", TODAY.minusDays(10).toString(), "awardingBody", "宿迁市应急管理局",
                "elementScores", Map.of("GOALS_AND_DUTIES", 90, "INSTITUTIONAL_MANAGEMENT", 90,
                        "EDUCATION_AND_TRAINING", 90, "ON_SITE_MANAGEMENT", 90,
                        "RISK_CONTROL_AND_HAZARD_MANAGEMENT", 90, "EMERGENCY_MANAGEMENT", 90,
                        "ACCIDENT_MANAGEMENT", 90, "CONTINUOUS_IMPROVEMENT", 90)))));
        ok(http.post("/api/v1/credit-events", JsonHttp.json(Map.of("enterpriseId", b, "kind", "BLACKLIST",
                "reason", "拒不执行执法决定", "sourceCase", "宿城应急罚〔2026〕1号",
                "startDate", TODAY.minusDays(5).toString(), "recordedBy", "王敏"))));
    }

    @Test
    void refusesUnknownFilterValuesNamingThem() {
        Answer colour = http.get("/api/v1/enterprises?riskColour=PURPLE");
        assertThat(colour.status()).isEqualTo(400);
        assertThat(colour.invalidFields()).containsExactly("riskColour");

        Answer grade = http.get("/api/v1/enterprises?standardizationGrade=4");
        assertThat(grade.status()).isEqualTo(400);
        assertThat(grade.invalidFields()).containsExactly("standardizationGrade");

        // As the document's enum spells them, like every other enum filter: "valid" is not VALID.
        for (String state : List.of("LAPSED", "valid")) {
            Answer licence = http.get("/api/v1/enterprises?licenceState=" + state);
            assertThat(licence.status()).as(state).isEqualTo(400);
            assertThat(licence.invalidFields()).containsExactly("licenceState");
        }

        Answer blacklisted = http.get("/api/v1/enterprises?blacklisted=maybe");
        assertThat(blacklisted.status()).isEqualTo(400);
        assertThat(blacklisted.invalidFields()).containsExactly("blacklisted");
    }
}
