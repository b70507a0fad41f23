package cn.gov.sucheng.worksafety.enterprise.majorhazard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.DualPreventionRegister;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.MajorHazardSourceRegister;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.SourceFilter;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.MajorHazardSource;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Codes;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Major hazard sources and the dual-prevention flag over REST, against a real PostgreSQL. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class MajorHazardSourceApiIT {

    static final String SOURCES = "/api/v1/major-hazard-sources";
    static final String PROBLEM = "application/problem+json";
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @LocalServerPort
    int port;

    @Autowired
    MajorHazardSourceRegister sources;

    @Autowired
    DualPreventionRegister dualPrevention;

    JsonHttp http;
    // A town of this test's own, so that filters do not see other tests' enterprises.
    String town;
    String enterpriseId;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        town = "耿车镇" + UUID.randomUUID().toString().substring(0, 8);
        enterpriseId = enterprise(town);
    }

    /** Registers an enterprise with a fresh valid credit code of Sucheng (321302). */
    String enterprise(String inTown) {
        StringBuilder code = new StringBuilder("91321302");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        code.append(Codes.checkCharacter(code.toString()));
        Answer created = http.post("/api/v1/enterprises", JsonHttp.json(Map.of("creditCode", code.toString(),
                "name", "宿迁市恒安化工有限公司", "town", inTown, "industryArea", "HAZARDOUS_CHEMICALS",
                "latitude", 33.94, "longitude", 118.17)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    static Map<String, Object> substance(Object q, Object criticalQ, Object beta) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", "液氯");
        s.put("casNumber", "7782-50-5");
        s.put("actualQuantity", q);
        s.put("criticalQuantity", criticalQ);
        s.put("correctionFactor", beta);
        return s;
    }

    static Map<String, Object> chiefs() {
        return Map.of(
                "enterprise", Map.of("name", "王建国", "position", "总经理", "phone", "0527-84361234"),
                "town", Map.of("name", "张伟", "position", "副镇长", "phone", "0527-84360001"),
                "district", Map.of("name", "李明", "position", "区应急管理局局长", "phone", "0527-84300000"));
    }

    Map<String, Object> source(String forEnterprise, List<Map<String, Object>> substances, Object alpha) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", forEnterprise);
        body.put("name", "液氯储罐区");
        body.put("substances", substances);
        body.put("exposureCorrection", alpha);
        body.put("chiefs", chiefs());
        return body;
    }

    Answer register(Map<String, Object> body) {
        return http.post(SOURCES, JsonHttp.json(body));
    }

    String registered(String forEnterprise, Object q) {
        Answer created = register(source(forEnterprise, List.of(substance(q, 1, 1)), 1));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    Answer put(String path, Object body) {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(JsonHttp.json(body))));
    }

    /** The sources of this test's enterprise. */
    long storedSources() {
        return sources.list(new SourceFilter(UUID.fromString(enterpriseId), null, null, null), new PageRequest(0, 1))
                .total();
    }

    static void assertValidation(Answer answer, String... fields) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.invalidFields()).contains(fields);
    }

    @Test
    void registersASourceWithAComputedRatingAndReadsItBack() {
        // 1.5 · (4 · 30/5 + 2 · 20/10) = 42 → grade 3
        Map<String, Object> body = source(enterpriseId, List.of(substance(30, 5, 4), substance(20, 10, 2)), 1.5);

        Answer created = register(body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo(SOURCES + "/" + id);
        assertThat(created.json().path("rValue").decimalValue()).isEqualByComparingTo("42");
        assertThat(created.json().path("grade").asInt()).isEqualTo(3);

        Answer read = http.get(SOURCES + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        JsonNode json = read.json();
        assertThat(json.path("enterpriseId").asString()).isEqualTo(enterpriseId);
        assertThat(json.path("name").asString()).isEqualTo("液氯储罐区");
        assertThat(json.path("substances")).hasSize(2);
        assertThat(json.path("substances").get(0).path("actualQuantity").decimalValue()).isEqualByComparingTo("30");
        assertThat(json.path("substances").get(0).path("casNumber").asString()).isEqualTo("7782-50-5");
        assertThat(json.path("exposureCorrection").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(json.path("rValue").decimalValue()).isEqualByComparingTo("42");
        assertThat(json.path("grade").asInt()).isEqualTo(3);
        assertThat(json.path("chiefs").path("enterprise").path("name").asString()).isEqualTo("王建国");
        assertThat(json.path("chiefs").path("town").path("position").asString()).isEqualTo("副镇长");
        assertThat(json.path("chiefs").path("district").path("phone").asString()).isEqualTo("0527-84300000");
        assertThat(json.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(json.path("version").asLong()).isZero();
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void ignoresAnRValueOrGradeTypedIn() {
        Map<String, Object> body = source(enterpriseId, List.of(substance(12, 1, 1)), 1);
        body.put("rValue", 500);
        body.put("grade", 1);

        Answer created = register(body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("rValue").decimalValue()).isEqualByComparingTo("12");
        assertThat(created.json().path("grade").asInt()).isEqualTo(3);
    }

    @Test
    void gradesAtTheBoundariesThroughTheApi() {
        assertThat(register(source(enterpriseId, List.of(substance(100, 1, 1)), 1)).json().path("grade").asInt())
                .isEqualTo(1);
        assertThat(register(source(enterpriseId, List.of(substance(50, 1, 1)), 1)).json().path("grade").asInt())
                .isEqualTo(2);
        assertThat(register(source(enterpriseId, List.of(substance(10, 1, 1)), 1)).json().path("grade").asInt())
                .isEqualTo(3);
        assertThat(register(source(enterpriseId, List.of(substance(9.99, 1, 1)), 1)).json().path("grade").asInt())
                .isEqualTo(4);
    }

    @Test
    void refusesNegativeQuantitiesAZeroCriticalQuantityAndABadFactorNamingTheFields() {
        assertValidation(register(source(enterpriseId, List.of(substance(-3, 5, 1)), 1)),
                "substances[0].actualQuantity");
        assertValidation(register(source(enterpriseId, List.of(substance(30, 5, 1), substance(30, 0, 1)), 1)),
                "substances[1].criticalQuantity");
        assertValidation(register(source(enterpriseId, List.of(substance(30, 5, 0.5)), 1)),
                "substances[0].correctionFactor");
        assertValidation(register(source(enterpriseId, List.of(substance(30, 5, 1)), 3)), "exposureCorrection");
        assertThat(storedSources()).isZero();
    }

    @Test
    void refusesMissingChiefsAndMissingFieldsNamingThem() {
        Map<String, Object> noChiefs = source(enterpriseId, List.of(substance(30, 5, 1)), 1);
        noChiefs.remove("chiefs");
        assertValidation(register(noChiefs), "chiefs");

        Map<String, Object> noTownChief = source(enterpriseId, List.of(substance(30, 5, 1)), 1);
        noTownChief.put("chiefs", Map.of("enterprise", chiefs().get("enterprise"), "district",
                Map.of("name", "李明", "position", "局长", "phone", "not a phone")));
        assertValidation(register(noTownChief), "chiefs.town", "chiefs.district.phone");

        assertValidation(http.post(SOURCES, "{}"), "enterpriseId", "name", "substances", "exposureCorrection",
                "chiefs");
        assertValidation(register(source(enterpriseId, List.of(), 1)), "substances");
        assertThat(storedSources()).isZero();
    }

    @Test
    void refusesAUnitBelowTheIdentificationThresholdNamingSubstances() {
        Answer answer = register(source(enterpriseId, List.of(substance(2, 5, 4)), 2));

        assertValidation(answer, "substances");
        assertThat(answer.body()).contains("0.4");
        assertThat(storedSources()).isZero();
    }

    @Test
    void refusesAWrongTypeAndAnUnknownEnterprise() {
        Map<String, Object> wrongType = source(enterpriseId, List.of(substance("lots", 5, 1)), 1);
        Answer answer = register(wrongType);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidFields()).containsExactly("substances[0].actualQuantity");

        Answer unknown = register(source(UUID.randomUUID().toString(), List.of(substance(30, 5, 1)), 1));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("type").asString()).endsWith("/problems/unprocessable");
        assertThat(storedSources()).isZero();
    }

    @Test
    void answers404ForAnUnknownSource() {
        String unknown = SOURCES + "/" + UUID.randomUUID();
        assertThat(http.get(unknown).status()).isEqualTo(404);
        assertThat(put(unknown + "/chiefs", Map.of("chiefs", chiefs(), "version", 0)).status()).isEqualTo(404);
        assertThat(put(unknown + "/substances", Map.of("substances", List.of(substance(30, 5, 1)),
                "exposureCorrection", 1, "version", 0)).status()).isEqualTo(404);
        assertThat(http.post(unknown + "/deregister", JsonHttp.json(Map.of("actor", "李明", "reason", "拆除")))
                .status()).isEqualTo(404);
    }

    @Test
    void listsFilteredByEnterpriseGradeTownAndStatusInPages() {
        String other = enterprise(town + "乙");
        String grade1 = registered(enterpriseId, 150);
        String grade3 = registered(enterpriseId, 20);
        String otherGrade3 = registered(other, 30);

        Answer byEnterprise = http.get(SOURCES + "?enterpriseId=" + enterpriseId);
        assertThat(byEnterprise.status()).isEqualTo(200);
        assertThat(ids(byEnterprise)).containsExactlyInAnyOrder(grade1, grade3);
        assertThat(byEnterprise.json().path("total").asLong()).isEqualTo(2);

        assertThat(ids(http.get(SOURCES + "?grade=3&enterpriseId=" + enterpriseId))).containsExactly(grade3);
        assertThat(ids(http.get(SOURCES + "?grade=3&enterpriseId=" + other))).containsExactly(otherGrade3);
        assertThat(ids(http.get(SOURCES + "?grade=3&town=" + encode(town)))).containsExactly(grade3);
        assertThat(ids(http.get(SOURCES + "?town=" + encode(town + "乙")))).containsExactly(otherGrade3);
        assertThat(ids(http.get(SOURCES + "?grade=3&town=" + encode(" " + town + "\u3000")))).containsExactly(grade3);
        assertThat(ids(http.get(SOURCES + "?enterpriseId=" + enterpriseId + "&town=%20")))
                .containsExactlyInAnyOrder(grade1, grade3);

        Answer firstPage = http.get(SOURCES + "?town=" + encode(town) + "&size=1&page=0");
        assertThat(firstPage.json().path("items")).hasSize(1);
        assertThat(firstPage.json().path("total").asLong()).isEqualTo(2);
        assertThat(http.get(SOURCES + "?town=" + encode(town) + "&size=1&page=1").json().path("items")).hasSize(1);

        deregister(grade1);
        assertThat(ids(http.get(SOURCES + "?status=REGISTERED&enterpriseId=" + enterpriseId)))
                .containsExactly(grade3);
        assertThat(ids(http.get(SOURCES + "?status=DEREGISTERED&town=" + encode(town)))).containsExactly(grade1);

        assertValidation(http.get(SOURCES + "?grade=5"), "grade");
        assertValidation(http.get(SOURCES + "?status=GONE"), "status");
        assertValidation(http.get(SOURCES + "?size=0"), "size");
    }

    @Test
    void replacesTheSubstancesRecomputingTheGradeWithOptimisticLocking() {
        String id = registered(enterpriseId, 20);
        Map<String, Object> change = Map.of("substances", List.of(substance(30, 5, 4)), "exposureCorrection", 2,
                "version", 0);

        Answer changed = put(SOURCES + "/" + id + "/substances", change);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("rValue").decimalValue()).isEqualByComparingTo("48");
        assertThat(changed.json().path("grade").asInt()).isEqualTo(3);
        assertThat(changed.json().path("version").asLong()).isEqualTo(1);
        assertThat(changed.json().path("substances").get(0).path("correctionFactor").decimalValue())
                .isEqualByComparingTo("4");

        Answer stale = put(SOURCES + "/" + id + "/substances", change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).endsWith("/problems/conflict");
        assertThat(http.get(SOURCES + "/" + id).json().path("version").asLong()).isEqualTo(1);

        assertValidation(put(SOURCES + "/" + id + "/substances", Map.of("substances", List.of(substance(30, 0, 1)),
                "exposureCorrection", 1)), "substances[0].criticalQuantity");
        assertValidation(put(SOURCES + "/" + id + "/substances", Map.of("substances", List.of(substance(30, 5, 1)),
                "exposureCorrection", 1)), "version");
    }

    @Test
    void replacesTheChiefsWithOptimisticLocking() {
        String id = registered(enterpriseId, 20);
        Map<String, Object> newChiefs = new LinkedHashMap<>(chiefs());
        newChiefs.put("town", Map.of("name", "赵强", "position", "镇长", "phone", "13905271234"));

        Answer changed = put(SOURCES + "/" + id + "/chiefs", Map.of("chiefs", newChiefs, "version", 0));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("chiefs").path("town").path("name").asString()).isEqualTo("赵强");
        assertThat(changed.json().path("version").asLong()).isEqualTo(1);
        assertThat(changed.json().path("grade").asInt()).isEqualTo(3);

        assertThat(put(SOURCES + "/" + id + "/chiefs", Map.of("chiefs", chiefs(), "version", 0)).status())
                .isEqualTo(409);
        assertValidation(put(SOURCES + "/" + id + "/chiefs", Map.of("chiefs", Map.of(), "version", 1)),
                "chiefs.enterprise", "chiefs.town", "chiefs.district");
    }

    @Test
    void deregistersOnceAndThenRefusesChanges() {
        String id = registered(enterpriseId, 20);

        Answer off = deregister(id);

        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().path("status").asString()).isEqualTo("DEREGISTERED");
        assertThat(off.json().path("deregisteredBy").asString()).isEqualTo("李明");
        assertThat(off.json().path("deregistrationReason").asString()).isEqualTo("储罐已拆除");
        assertThat(off.json().path("deregisteredAt").isMissingNode()).isFalse();
        assertThat(http.get(SOURCES + "/" + id).json().path("status").asString()).isEqualTo("DEREGISTERED");

        assertThat(deregister(id).status()).isEqualTo(409);
        assertThat(put(SOURCES + "/" + id + "/chiefs", Map.of("chiefs", chiefs(), "version", 1)).status())
                .isEqualTo(409);
        assertValidation(http.post(SOURCES + "/" + id + "/deregister", "{}"), "actor", "reason");
    }

    @Test
    void givesTheProfileTheRegisteredSourcesOfAnEnterprise() {
        String kept = registered(enterpriseId, 20);
        deregister(registered(enterpriseId, 30));
        registered(enterprise(town), 40);

        List<MajorHazardSource> found = sources.sourcesOf(UUID.fromString(enterpriseId));

        assertThat(found).extracting(s -> s.id().toString()).containsExactly(kept);
    }

    @Test
    void recordsWhoBuiltTheDualPreventionMechanismAndWhen() {
        String path = "/api/v1/enterprises/" + enterpriseId + "/dual-prevention";
        Answer never = http.get(path);
        assertThat(never.status()).isEqualTo(200);
        assertThat(never.json().path("built").asBoolean()).isFalse();
        assertThat(never.json().path("history")).isEmpty();

        Answer built = put(path, Map.of("built", true, "actor", "李明"));

        assertThat(built.status()).as(built.toString()).isEqualTo(200);
        assertThat(built.json().path("built").asBoolean()).isTrue();
        assertThat(built.json().path("changedBy").asString()).isEqualTo("李明");
        assertThat(built.json().path("changedAt").asString()).isNotBlank();
        assertThat(http.get("/api/v1/enterprises/" + enterpriseId).json().path("dualPreventionBuilt").asBoolean())
                .isTrue();

        // A repeat records nothing: the flag keeps who set it first.
        Answer repeated = put(path, Map.of("built", true, "actor", "张伟"));
        assertThat(repeated.json().path("changedBy").asString()).isEqualTo("李明");
        assertThat(repeated.json().path("history")).hasSize(1);

        Answer withdrawn = put(path, Map.of("built", false, "actor", "张伟"));
        assertThat(withdrawn.json().path("built").asBoolean()).isFalse();
        assertThat(withdrawn.json().path("history")).hasSize(2);
        assertThat(http.get(path).json().path("changedBy").asString()).isEqualTo("张伟");
        assertThat(dualPrevention.dualPreventionOf(UUID.fromString(enterpriseId)).built()).isFalse();
    }

    @Test
    void refusesABadDualPreventionRequestAndAnUnknownEnterprise() {
        assertValidation(put("/api/v1/enterprises/" + enterpriseId + "/dual-prevention", Map.of()), "built", "actor");
        Answer wrongType = put("/api/v1/enterprises/" + enterpriseId + "/dual-prevention",
                Map.of("built", "maybe", "actor", "李明"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.invalidFields()).containsExactly("built");

        String unknown = "/api/v1/enterprises/" + UUID.randomUUID() + "/dual-prevention";
        assertThat(put(unknown, Map.of("built", true, "actor", "李明")).status()).isEqualTo(404);
        assertThat(http.get(unknown).status()).isEqualTo(404);
    }

    Answer deregister(String id) {
        return http.post(SOURCES + "/" + id + "/deregister", JsonHttp.json(Map.of("actor", "李明", "reason", "储罐已拆除")));
    }

    static List<String> ids(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        answer.json().path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
