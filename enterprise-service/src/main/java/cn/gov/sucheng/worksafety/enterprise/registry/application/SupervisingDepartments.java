package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.util.Map;

import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;

/**
 * Which department supervises each industry area (管行业必须管安全), as configured under
 * {@value SupervisingDepartmentMapping#PREFIX}. Configuration, since departments are reorganised more
 * often than the code changes; {@link SupervisingDepartmentMapping} keeps the current one.
 *
 * @param byIndustryArea department name per area; areas not listed fall to {@code fallback}
 * @param fallback the department for areas with no entry (the safety committee office, 安委办)
 */
public record SupervisingDepartments(Map<IndustryArea, String> byIndustryArea, String fallback) {

    public SupervisingDepartments {
        byIndustryArea = byIndustryArea == null ? Map.of() : Map.copyOf(byIndustryArea);
        fallback = fallback == null ? "区安委办" : fallback;
    }

    public String of(IndustryArea area) {
        return byIndustryArea.getOrDefault(area, fallback);
    }
}
