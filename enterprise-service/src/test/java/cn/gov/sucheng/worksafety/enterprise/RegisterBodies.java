package cn.gov.sucheng.worksafety.enterprise;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid bodies for recording something of an enterprise in each of its registers, as a district client sends them. */
public final class RegisterBodies {

    private RegisterBodies() {
    }

    public static Map<String, Object> licence(String enterpriseId, LocalDate issuedOn) {
        return Map.of("enterpriseId", enterpriseId, "number", "(苏)WH安许证字[" + UUID.randomUUID() + "]",
                "scope", "危险化学品生产：硫酸(30万吨/年)", "issuingAuthority", "江苏省应急管理厅",
                "issuedOn", issuedOn.toString(), "actor", "王科长");
    }

    public static Map<String, Object> emergencyPlan(String enterpriseId, LocalDate today) {
        return Map.of("enterpriseId", enterpriseId, "title", "生产安全事故综合应急预案",
                "type", "COMPREHENSIVE", "filingNumber", "321302-" + UUID.randomUUID(),
                "filedOn", today.minusYears(1).toString(), "filingAuthority", "宿迁市宿城区应急管理局");
    }

    public static Map<String, Object> majorHazardSource(String enterpriseId) {
        Map<String, Object> chief = Map.of("name", "王建国", "position", "总经理", "phone", "0527-84361234");
        return Map.of("enterpriseId", enterpriseId, "name", "液氯储罐区",
                "substances", List.of(Map.of("name", "液氯", "casNumber", "7782-50-5", "actualQuantity", 30,
                        "criticalQuantity", 5, "correctionFactor", 4)),
                "exposureCorrection", 1.5, "chiefs", Map.of("enterprise", chief, "town", chief, "district", chief));
    }

    public static Map<String, Object> creditEvent(String enterpriseId, LocalDate today) {
        return Map.of("enterpriseId", enterpriseId, "kind", "BLACKLIST",
                "reason", "未按规定整改重大事故隐患", "sourceCase", "宿城应急罚〔2024〕17号",
                "startDate", today.toString(), "recordedBy", "区应急管理局 王敏");
    }

    public static Map<String, Object> grading(String enterpriseId, LocalDate today) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (String element : List.of("GOALS_AND_DUTIES", "INSTITUTIONAL_MANAGEMENT", "EDUCATION_AND_TRAINING",
                "ON_SITE_MANAGEMENT", "RISK_CONTROL_AND_HAZARD_MANAGEMENT", "EMERGENCY_MANAGEMENT",
                "ACCIDENT_MANAGEMENT", "CONTINUOUS_IMPROVEMENT")) {
            scores.put(element, 92);
        }
        return Map.of("enterpriseId", enterpriseId, "grade", 2,
                "awardedOn", today.minusYears(1).toString(), "awardingBody", "宿迁市应急管理局", "elementScores", scores);
    }

    public static Map<String, Object> liabilityPolicy(String enterpriseId, LocalDate today) {
        return Map.of("enterpriseId", enterpriseId, "policyNumber", "PZAB" + UUID.randomUUID(),
                "insurer", "中国人民财产保险股份有限公司宿迁市分公司", "startsOn", today.minusMonths(2).toString(),
                "endsOn", today.plusMonths(10).toString(), "premium", 12800.00, "insuredAmountPerPerson", 800000.00,
                "actor", "王科长");
    }
}
