package cn.gov.sucheng.worksafety.enforcement.rectification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.FakeSiblings;
import cn.gov.sucheng.worksafety.enforcement.ServiceIT;
import cn.gov.sucheng.worksafety.enforcement.TestInspections;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders to correct and re-inspection opinions through the REST API against the real PostgreSQL. */
@ServiceIT
class RectificationApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @DynamicPropertySource
    static void siblings(DynamicPropertyRegistry registry) {
        FakeSiblings.register(registry);
    }

    @LocalServerPort
    int port;

    JsonHttp http;
    UUID enterprise;
    String inspection;

    @BeforeEach
    void setUp() {
        http = new JsonHttp("http://127.0.0.1:" + port);
        enterprise = FakeSiblings.INSTANCE.enterprise("宿迁市宿城区恒信化工有限公司", "埠子镇",
                IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        Answer recorded = http.post("/api/v1/inspections", JsonHttp.json(TestInspections.body(enterprise,
                "检查发现储罐区可燃气体报警器失效，应急照明灯损坏。")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        inspection = recorded.json().path("id").asString();
    }

    Answer order(String base, String id, LocalDate correctBy, List<String> requirements) {
        Map<String, Object> body = new HashMap<>();
        body.put("correctBy", correctBy.toString());
        body.put("requirements", requirements);
        body.put("actor", "区应急管理局 李明");
        return http.post(base + id + "/orders-to-correct", JsonHttp.json(body));
    }

    Answer opinion(String base, String id, String orderId, LocalDate reinspectedOn) {
        return http.post(base + id + "/reinspection-opinions", JsonHttp.json(Map.of("orderId", orderId,
                "reinspectedOn", reinspectedOn.toString(), "corrected", true,
                "opinion", "经复查，可燃气体报警器已更换并检测合格，隐患已整改完毕。", "actor", "区应急管理局 王芳")));
    }

    static int serial(String number) {
        return Integer.parseInt(number.replaceAll(".*〕(\\d+)号", "$1"));
    }

    @Test
    void anInspectionIssuesANumberedOrderAndAReinspectionOpinionOnItBothOnItsTrail() {
        Answer ordered = order("/api/v1/inspections/", inspection, TODAY.plusDays(14),
                List.of("更换失效的可燃气体报警器", "修复应急照明灯"));

        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(201);
        JsonNode order = ordered.json();
        assertThat(order.path("kind").asString()).isEqualTo("ORDER_TO_CORRECT");
        assertThat(order.path("number").asString()).matches("宿城应急责改〔" + TODAY.getYear() + "〕\\d+号");
        assertThat(order.path("issuedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(order.path("inspectionId").asString()).isEqualTo(inspection);
        assertThat(order.path("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertThat(ordered.header("Location")).endsWith("/api/v1/inspections/" + inspection + "/documents/"
                + order.path("id").asString());

        Answer reviewed = opinion("/api/v1/inspections/", inspection, order.path("id").asString(), TODAY);

        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);
        assertThat(reviewed.json().path("number").asString()).matches("宿城应急复查〔" + TODAY.getYear() + "〕\\d+号");
        assertThat(reviewed.json().path("orderId").asString()).isEqualTo(order.path("id").asString());
        assertThat(reviewed.json().path("corrected").asBoolean()).isTrue();

        JsonNode listed = http.get("/api/v1/inspections/" + inspection + "/documents").json();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).path("requirements").toString()).contains("更换失效的可燃气体报警器");
        assertThat(listed.get(1).path("kind").asString()).isEqualTo("REINSPECTION_OPINION");
        assertThat(http.get("/api/v1/inspections/" + inspection + "/documents/" + order.path("id").asString()).json()
                .path("number").asString()).isEqualTo(order.path("number").asString());

        List<String> actions = new ArrayList<>();
        List<String> details = new ArrayList<>();
        http.get("/api/v1/inspections/" + inspection + "/trail").json().forEach(e -> {
            actions.add(e.path("action").asString());
            details.add(e.path("details").asString());
        });
        assertThat(actions).containsExactly("INSPECTION_RECORDED", "ORDER_TO_CORRECT", "REINSPECTION_OPINION");
        assertThat(details.get(1)).contains(order.path("number").asString());
        assertThat(details.get(2)).contains(order.path("number").asString())
                .contains(reviewed.json().path("number").asString());
        assertThat(http.get("/api/v1/enforcement-trail/verification").json().path("intact").asBoolean()).isTrue();
    }

    @Test
    void ordersAreNumberedOneAfterTheOtherAcrossInspectionsAndCases() {
        Answer filed = http.post("/api/v1/cases", JsonHttp.json(Map.of("enterpriseId", enterprise.toString(),
                "inspectionId", inspection, "violationType", "HAZARD_NOT_ELIMINATED", "major", false,
                "summary", "未采取措施消除事故隐患", "actor", "区应急管理局 李明")));
        String caseId = filed.json().path("id").asString();

        String first = order("/api/v1/inspections/", inspection, TODAY.plusDays(7), List.of("修复应急照明灯"))
                .json().path("number").asString();
        Answer inCase = order("/api/v1/cases/", caseId, TODAY.plusDays(10), List.of("消除储罐区事故隐患"));

        assertThat(inCase.status()).as(inCase.toString()).isEqualTo(201);
        assertThat(inCase.json().path("caseId").asString()).isEqualTo(caseId);
        assertThat(serial(inCase.json().path("number").asString())).isEqualTo(serial(first) + 1);
        assertThat(http.get("/api/v1/cases/" + caseId + "/documents").json()).hasSize(1);
        List<String> caseActions = new ArrayList<>();
        http.get("/api/v1/cases/" + caseId + "/trail").json().forEach(e -> caseActions.add(e.path("action").asString()));
        assertThat(caseActions).containsExactly("FILED", "ORDER_TO_CORRECT");
        Answer reviewed = opinion("/api/v1/cases/", caseId, inCase.json().path("id").asString(), TODAY);
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);
        assertThat(reviewed.json().path("caseId").asString()).isEqualTo(caseId);
    }

    @Test
    void badOrdersAndOpinionsAreRefusedNamingTheFieldAndTakeNoNumber() {
        Answer pastDeadline = order("/api/v1/inspections/", inspection, TODAY, List.of("修复应急照明灯"));
        Answer noRequirement = order("/api/v1/inspections/", inspection, TODAY.plusDays(7), List.of());
        Answer missingDeadline = http.post("/api/v1/inspections/" + inspection + "/orders-to-correct",
                JsonHttp.json(Map.of("requirements", List.of("修复应急照明灯"), "actor", "区应急管理局 李明")));

        assertThat(pastDeadline.status()).as(pastDeadline.toString()).isEqualTo(400);
        assertThat(pastDeadline.contentType()).startsWith("application/problem+json");
        assertThat(pastDeadline.invalidFields()).containsExactly("correctBy");
        assertThat(noRequirement.invalidFields()).containsExactly("requirements");
        assertThat(missingDeadline.invalidFields()).containsExactly("correctBy");

        String order = order("/api/v1/inspections/", inspection, TODAY.plusDays(7), List.of("修复应急照明灯"))
                .json().path("id").asString();
        String other = http.post("/api/v1/inspections", JsonHttp.json(TestInspections.body(enterprise, "复查前的另一次检查。")))
                .json().path("id").asString();
        Answer foreignOrder = opinion("/api/v1/inspections/", other, order, TODAY);
        Answer unknownOrder = opinion("/api/v1/inspections/", inspection, UUID.randomUUID().toString(), TODAY);
        Answer beforeOrder = opinion("/api/v1/inspections/", inspection, order, TODAY.minusDays(1));
        Answer future = opinion("/api/v1/inspections/", inspection, order, TODAY.plusDays(1));

        assertThat(foreignOrder.status()).as(foreignOrder.toString()).isEqualTo(400);
        assertThat(foreignOrder.invalidFields()).containsExactly("orderId");
        assertThat(unknownOrder.invalidFields()).containsExactly("orderId");
        assertThat(beforeOrder.invalidFields()).containsExactly("reinspectedOn");
        assertThat(future.invalidFields()).containsExactly("reinspectedOn");
        assertThat(http.get("/api/v1/inspections/" + inspection + "/documents").json()).hasSize(1);
        assertThat(http.get("/api/v1/inspections/" + other + "/documents").json()).isEmpty();

        Answer nowhere = order("/api/v1/inspections/", UUID.randomUUID().toString(), TODAY.plusDays(7), List.of("整改"));
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(http.get("/api/v1/cases/" + UUID.randomUUID() + "/documents").status()).isEqualTo(404);
    }

    @Test
    void aRefusedOrderLeavesNoGapInTheNumbers() {
        String first = order("/api/v1/inspections/", inspection, TODAY.plusDays(7), List.of("修复应急照明灯"))
                .json().path("number").asString();
        assertThat(order("/api/v1/inspections/", inspection, TODAY.minusDays(1), List.of("修复应急照明灯")).status())
                .isEqualTo(400);
        String next = order("/api/v1/inspections/", inspection, TODAY.plusDays(7), List.of("更换报警器"))
                .json().path("number").asString();

        assertThat(serial(next)).isEqualTo(serial(first) + 1);
    }
}
