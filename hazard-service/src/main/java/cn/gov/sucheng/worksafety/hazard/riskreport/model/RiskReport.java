package cn.gov.sucheng.worksafety.hazard.riskreport.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One risk of an enterprise's risk report (工业企业安全生产风险报告): risk object → unit → event, its four-colour
 * level, its control measures and the check tasks that keep them. The town is the enterprise's when it was filed.
 */
public record RiskReport(UUID id, UUID enterpriseId, String enterpriseName, String town, String riskObject, String riskUnit,
        String riskEvent, RiskLevel level, List<String> controlMeasures, List<CheckTask> tasks, String sourceRef,
        OffsetDateTime createdAt) {

    public RiskReport {
        controlMeasures = List.copyOf(controlMeasures);
        tasks = List.copyOf(tasks);
    }
}
