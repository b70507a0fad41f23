package cn.gov.sucheng.worksafety.enterprise.registry.application;

import java.util.Map;

import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which department supervises each industry area (管行业必须管安全). Configuration, since departments
 * are reorganised more often than the code changes.
 *
 * @param byIndustryArea department name per area; areas not listed fall to {@code fallback}
 * @param fallback the department for areas with no entry (the safety committee office, 安委办)
 */
@ConfigurationProperties("worksafety.enterprise.supervising-departments")
public record SupervisingDepartments(Map<IndustryArea, String> byIndustryArea, String fallback) {

    public SupervisingDepartments {
        byIndustryArea = byIndustryArea == null ? Map.of() : Map.copyOf(byIndustryArea);
        fallback = fallback == null ? "区安委办" : fallback;
    }

    public String of(IndustryArea area) {
        return byIndustryArea.getOrDefault(area, fallback);
    }
}
