package cn.gov.sucheng.worksafety.training.scope;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import cn.gov.sucheng.worksafety.training.EnterpriseRegistryDouble;
import cn.gov.sucheng.worksafety.training.TestPeople;
import cn.gov.sucheng.worksafety.training.TrainingServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A town-level caller (its token names a town) sees only its town's people, their certificates, exam results and
 * attendance, coverage and enterprise drills, in lists and by id; the district departments' drills and the sessions
 * belong to no town and stay visible. It registers people and records drills of its own town's enterprises only, and
 * a department drill it records is its own town's.
 * Each test makes two towns of its own, so records of earlier runs never count.
 */
class TownScopeIT extends TrainingServiceIT {

    @LocalServerPort
    int port;

    JsonHttp district;
    JsonHttp town;
    String ownTown;
    String otherTown;
    LocalDate today;

    @BeforeEach
    void setUp() {
        district = new JsonHttp("http://127.0.0.1:" + port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        ownTown = "耿车镇-" + run;
        otherTown = "埠子镇-" + run;
        town = district.withToken(TestTokens.forTown(ownTown, "training:read", "training:write"));
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A certified key-post holder of a new enterprise in {@code inTown}: [enterprise, trainee, certificate]. */
    List<UUID> certifiedHolderIn(String inTown) {
        UUID enterprise = EnterpriseRegistryDouble.register(inTown);
        UUID trainee = TestPeople.trainee(district, enterprise, "SAFETY_MANAGER", true);
        UUID pass = TestPeople.exam(district, trainee, 90);
        // Issued just under three years ago: in its review window today, so it shows in the due listing too.
        Answer issued = district.post("/api/v1/certificates", JsonHttp.json(Map.of("number", "A" + UUID.randomUUID(),
                "holderId", trainee.toString(), "kind", "KEY_POST_SAFETY", "category", "主要负责人和安全生产管理人员",
                "item", "危险化学品经营单位安全生产管理人员", "firstIssuedOn", today.minusYears(3).plusDays(20).toString(),
                "examId", pass.toString(), "actor", "王科长")));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return List.of(enterprise, trainee, UUID.fromString(issued.json().path("id").asString()));
    }

    @Test
    void aTownCallerSeesOnlyItsTownsPeopleAndCertificates() {
        List<UUID> own = certifiedHolderIn(ownTown);
        List<UUID> other = certifiedHolderIn(otherTown);

        Answer people = town.get("/api/v1/trainees?size=100");
        assertThat(people.status()).as(people.toString()).isEqualTo(200);
        assertThat(ids(people.json().path("items"))).contains(own.get(1).toString())
                .doesNotContain(other.get(1).toString());
        people.json().path("items").forEach(p -> assertThat(p.path("town").asString()).isEqualTo(ownTown));
        assertThat(town.get("/api/v1/trainees?enterpriseId=" + other.get(0)).json().path("total").asLong()).isZero();
        assertThat(town.get("/api/v1/trainees/" + own.get(1)).status()).isEqualTo(200);
        Answer otherPerson = town.get("/api/v1/trainees/" + other.get(1));
        assertThat(otherPerson.status()).isEqualTo(404);
        assertThat(otherPerson.contentType()).startsWith("application/problem+json");

        List<String> certificates = ids(town.get("/api/v1/certificates?size=100").json().path("items"));
        assertThat(certificates).contains(own.get(2).toString()).doesNotContain(other.get(2).toString());
        List<String> due = ids(town.get("/api/v1/certificates?dueWithinDays=60&size=100").json().path("items"));
        assertThat(due).contains(own.get(2).toString()).doesNotContain(other.get(2).toString());
        assertThat(town.get("/api/v1/certificates/" + own.get(2)).status()).isEqualTo(200);
        assertThat(town.get("/api/v1/certificates/" + other.get(2)).status()).isEqualTo(404);
        assertThat(town.get("/api/v1/certificates/" + other.get(2) + "/reviews").status()).isEqualTo(404);
        // Nor can it act on another town's certificate, or certify another town's person.
        Answer revoke = town.post("/api/v1/certificates/" + other.get(2) + "/revoke",
                JsonHttp.json(Map.of("reason", "冒用证件", "actor", "镇安监办")));
        assertThat(revoke.status()).as(revoke.toString()).isEqualTo(404);
        assertThat(district.get("/api/v1/certificates/" + other.get(2)).json().path("state").asString())
                .isEqualTo("REVIEW_DUE");

        // The district's caller sees both towns.
        assertThat(district.get("/api/v1/trainees/" + other.get(1)).status()).isEqualTo(200);
        assertThat(ids(district.get("/api/v1/certificates?enterpriseId=" + other.get(0)).json().path("items")))
                .containsExactly(other.get(2).toString());
    }

    @Test
    void aTownCallerSeesOnlyItsTownsPeoplesExamResults() {
        UUID ownPerson = TestPeople.trainee(district, EnterpriseRegistryDouble.register(ownTown), "SAFETY_MANAGER",
                true);
        UUID otherPerson = TestPeople.trainee(district, EnterpriseRegistryDouble.register(otherTown),
                "SAFETY_MANAGER", true);
        UUID ownExam = TestPeople.exam(district, ownPerson, 90);
        UUID otherExam = TestPeople.exam(district, otherPerson, 90);

        assertThat(town.get("/api/v1/exams/" + ownExam).status()).isEqualTo(200);
        Answer other = town.get("/api/v1/exams/" + otherExam);
        assertThat(other.status()).as(other.toString()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(ids(town.get("/api/v1/exams?traineeId=" + ownPerson).json().path("items")))
                .containsExactly(ownExam.toString());
        assertThat(town.get("/api/v1/exams?traineeId=" + otherPerson).json().path("total").asLong()).isZero();
        Answer all = town.get("/api/v1/exams?size=200");
        assertThat(ids(all.json().path("items"))).contains(ownExam.toString()).doesNotContain(otherExam.toString());
        assertThat(district.get("/api/v1/exams/" + otherExam).status()).isEqualTo(200);
    }

    @Test
    void aTownCallerSeesASessionWithOnlyItsTownsAttendees() {
        UUID ownEnterprise = EnterpriseRegistryDouble.register(ownTown);
        UUID otherEnterprise = EnterpriseRegistryDouble.register(otherTown);
        UUID ownPerson = TestPeople.trainee(district, ownEnterprise, "SAFETY_MANAGER", true);
        UUID otherPerson = TestPeople.trainee(district, otherEnterprise, "SAFETY_MANAGER", true);
        Answer recorded = district.post("/api/v1/training-sessions", JsonHttp.json(Map.of("title", "危化品企业安全管理人员复训",
                "kind", "REFRESHER", "heldOn", today.toString(), "hours", 12, "provider", "宿城区应急管理局",
                "attendeeIds", List.of(ownPerson.toString(), otherPerson.toString()), "actor", "培训科")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String session = recorded.json().path("id").asString();

        Answer seen = town.get("/api/v1/training-sessions/" + session);
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(texts(seen.json().path("attendeeIds"))).containsExactly(ownPerson.toString());
        Answer byOwnPerson = town.get("/api/v1/training-sessions?traineeId=" + ownPerson);
        assertThat(ids(byOwnPerson.json().path("items"))).containsExactly(session);
        assertThat(texts(byOwnPerson.json().path("items").get(0).path("attendeeIds")))
                .containsExactly(ownPerson.toString());
        assertThat(town.get("/api/v1/training-sessions?traineeId=" + otherPerson).json().path("total").asLong())
                .isZero();
        assertThat(town.get("/api/v1/training-sessions?enterpriseId=" + otherEnterprise).json().path("total")
                .asLong()).isZero();
        assertThat(texts(district.get("/api/v1/training-sessions/" + session).json().path("attendeeIds")))
                .containsExactlyInAnyOrder(ownPerson.toString(), otherPerson.toString());
        Answer acrossTowns = town.post("/api/v1/training-sessions", JsonHttp.json(Map.of("title", "复训",
                "kind", "REFRESHER", "heldOn", today.toString(), "hours", 12, "provider", "宿城区应急管理局",
                "attendeeIds", List.of(otherPerson.toString()), "actor", "培训科")));
        assertThat(acrossTowns.status()).as(acrossTowns.toString()).isEqualTo(422);
    }

    @Test
    void aTownCallerIsNotShownTheTiesOfficersDeclared() {
        UUID tied = EnterpriseRegistryDouble.register(otherTown);
        Answer registered = district.post("/api/v1/officers", JsonHttp.json(Map.of("name", "刘洋",
                "badgeNumber", "32130" + UUID.randomUUID().toString().substring(0, 6), "department", "宿城区应急管理局",
                "credentialValidUntil", today.plusYears(2).toString(), "safetyBackground", true,
                "tiedEnterpriseIds", List.of(tied.toString()))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String officer = registered.json().path("id").asString();

        Answer seen = town.get("/api/v1/officers/" + officer);
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.json().path("tiedEnterpriseIds").isNull() || seen.json().path("tiedEnterpriseIds").isMissingNode())
                .as(seen.toString()).isTrue();
        assertThat(texts(district.get("/api/v1/officers/" + officer).json().path("tiedEnterpriseIds")))
                .containsExactly(tied.toString());
    }

    @Test
    void aTownCallersCoverageCountsOnlyItsTown() {
        certifiedHolderIn(ownTown);
        certifiedHolderIn(ownTown);
        certifiedHolderIn(otherTown);

        Answer report = town.get("/api/v1/key-post-coverage?groupBy=TOWN&size=100");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        List<String> towns = new ArrayList<>();
        report.json().path("groups").path("items").forEach(g -> towns.add(g.path("key").asString()));
        assertThat(towns).containsExactly(ownTown);
        assertThat(report.json().path("total").path("keyPostHolders").asLong()).isEqualTo(2);
        assertThat(report.json().path("total").path("certified").asLong()).isEqualTo(2);
        Answer asked = town.get("/api/v1/key-post-coverage?groupBy=TOWN&town=" + otherTown);
        assertThat(asked.json().path("total").path("keyPostHolders").asLong()).isZero();
        Answer byDistrict = district.get("/api/v1/key-post-coverage?groupBy=TOWN&town=" + otherTown);
        assertThat(byDistrict.json().path("total").path("keyPostHolders").asLong()).isEqualTo(1);
    }

    @Test
    void aTownCallerSeesItsTownsDrillsAndTheDepartmentsButNotAnotherTowns() {
        UUID ownEnterprise = EnterpriseRegistryDouble.register(ownTown);
        UUID otherEnterprise = EnterpriseRegistryDouble.register(otherTown);
        String ownDrill = drill(Map.of("enterpriseId", ownEnterprise.toString()));
        String otherDrill = drill(Map.of("enterpriseId", otherEnterprise.toString()));
        String departmentDrill = drill(Map.of("department", "宿城区应急管理局"));

        List<String> seen = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode items = town.get("/api/v1/drills?size=100&page=" + page).json().path("items");
            seen.addAll(ids(items));
            if (items.size() < 100) {
                break;
            }
        }
        assertThat(seen).contains(ownDrill, departmentDrill).doesNotContain(otherDrill);
        Answer own = town.get("/api/v1/drills/" + ownDrill);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("town").asString()).isEqualTo(ownTown);
        assertThat(town.get("/api/v1/drills/" + departmentDrill).status()).isEqualTo(200);
        assertThat(town.get("/api/v1/drills/" + otherDrill).status()).isEqualTo(404);
        assertThat(town.get("/api/v1/drills?enterpriseId=" + otherEnterprise).json().path("total").asLong()).isZero();
        assertThat(district.get("/api/v1/drills/" + otherDrill).status()).isEqualTo(200);
    }

    @Test
    void aTownCallerRegistersPeopleAndRecordsDrillsForItsTownsEnterprisesOnly() {
        UUID ownEnterprise = EnterpriseRegistryDouble.register(ownTown);
        UUID otherEnterprise = EnterpriseRegistryDouble.register(otherTown);
        Map<String, Object> drillBody = new HashMap<>(Map.of("planReference", "321302-2025-018",
                "scenario", "有限空间作业中毒窒息救援演练", "heldOn", today.minusDays(7).toString(), "participants", 20,
                "actor", "镇安监办"));

        // Another town's enterprise is answered as one that does not exist, and nothing is recorded.
        Map<String, Object> person = Map.of("name", "李卫东", "idNumber", TestPeople.idNumber(), "enterpriseId",
                otherEnterprise.toString(), "keyPost", "SAFETY_MANAGER", "highRiskTrade", false);
        Answer refused = town.post("/api/v1/trainees", JsonHttp.json(person));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString())
                .isEqualTo("enterprise " + otherEnterprise + " does not exist");
        drillBody.put("enterpriseId", otherEnterprise.toString());
        Answer refusedDrill = town.post("/api/v1/drills", JsonHttp.json(drillBody));
        assertThat(refusedDrill.status()).as(refusedDrill.toString()).isEqualTo(422);
        assertThat(district.get("/api/v1/trainees?enterpriseId=" + otherEnterprise).json().path("total").asLong())
                .isZero();
        assertThat(district.get("/api/v1/drills?enterpriseId=" + otherEnterprise).json().path("total").asLong())
                .isZero();

        // Its own town's it records.
        UUID ownPerson = TestPeople.trainee(town, ownEnterprise, "SAFETY_MANAGER", false);
        assertThat(district.get("/api/v1/trainees/" + ownPerson).json().path("town").asString()).isEqualTo(ownTown);
        drillBody.put("enterpriseId", ownEnterprise.toString());
        Answer ownDrill = town.post("/api/v1/drills", JsonHttp.json(drillBody));
        assertThat(ownDrill.status()).as(ownDrill.toString()).isEqualTo(201);
        assertThat(ownDrill.json().path("town").asString()).isEqualTo(ownTown);
        // The district's caller records for any town.
        assertThat(TestPeople.trainee(district, otherEnterprise, "SAFETY_MANAGER", false)).isNotNull();
    }

    @Test
    void aDepartmentDrillATownCallerRecordsIsItsTownsAndAnotherTownDoesNotSeeIt() {
        Answer recorded = town.post("/api/v1/drills", JsonHttp.json(Map.of("department", "耿车镇应急管理办公室",
                "planReference", "321302-2025-021", "scenario", "汛期防汛抢险演练", "heldOn",
                today.minusDays(3).toString(), "participants", 35, "actor", "镇应急办")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().path("town").asString()).isEqualTo(ownTown);
        String id = recorded.json().path("id").asString();
        JsonHttp another = district.withToken(TestTokens.forTown(otherTown, "training:read"));

        assertThat(town.get("/api/v1/drills/" + id).status()).isEqualTo(200);
        assertThat(district.get("/api/v1/drills/" + id).json().path("town").asString()).isEqualTo(ownTown);
        assertThat(another.get("/api/v1/drills/" + id).status()).isEqualTo(404);
        assertThat(ids(another.get("/api/v1/drills?size=100&department=" + URLEncoder.encode("耿车镇应急管理办公室", StandardCharsets.UTF_8))
                .json().path("items"))).doesNotContain(id);
        // The district's department drills stay of no town, seen by every town.
        String districtDrill = drill(Map.of("department", "宿城区应急管理局"));
        assertThat(another.get("/api/v1/drills/" + districtDrill).json().path("town").isMissingNode()).isTrue();
    }

    String drill(Map<String, String> organiser) {
        Map<String, Object> body = new HashMap<>(Map.of("planReference", "321302-2025-017",
                "scenario", "液氯储罐泄漏现场处置演练", "heldOn", today.minusDays(30).toString(), "participants", 46,
                "findings", List.of("应急物资台账未更新"), "actor", "安全环保部 陈工"));
        body.putAll(organiser);
        Answer recorded = district.post("/api/v1/drills", JsonHttp.json(body));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().path("id").asString();
    }

    static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asString()));
        return texts;
    }
}
