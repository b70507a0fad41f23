package cn.gov.sucheng.worksafety.enterprise.insurance.application;

import java.util.EnumSet;
import java.util.Set;

import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which industry areas must carry work-safety liability insurance, under
 * {@code worksafety.enterprise.liability-insurance}. The national list of high-risk trades is mining,
 * hazardous chemicals, fireworks, transport, construction, metal smelting, civil explosives and fishing; of
 * the registry's industry areas that makes, by default, hazardous chemicals, road and water transport,
 * construction and metallurgy. Provinces widen it (town gas, oil and gas pipelines, …) by configuration.
 *
 * @param highRiskIndustryAreas {@code high-risk-industry-areas}
 */
@ConfigurationProperties("worksafety.enterprise.liability-insurance")
public record LiabilityInsuranceProperties(Set<IndustryArea> highRiskIndustryAreas) {

    static final Set<IndustryArea> DEFAULT_HIGH_RISK = EnumSet.of(IndustryArea.HAZARDOUS_CHEMICALS,
            IndustryArea.ROAD_TRANSPORT, IndustryArea.WATER_TRANSPORT, IndustryArea.CONSTRUCTION,
            IndustryArea.METALLURGY_INDUSTRY_TRADE);

    public LiabilityInsuranceProperties {
        highRiskIndustryAreas = highRiskIndustryAreas == null || highRiskIndustryAreas.isEmpty() ? DEFAULT_HIGH_RISK
                : Set.copyOf(highRiskIndustryAreas);
    }
}
