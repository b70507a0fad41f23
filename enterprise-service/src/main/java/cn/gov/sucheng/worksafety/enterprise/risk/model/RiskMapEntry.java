package cn.gov.sucheng.worksafety.enterprise.risk.model;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;

/**
 * An enterprise as the risk map places it (WGS 84). {@code riskColour} is null when it was never assessed:
 * the map shows "not assessed" rather than pretend the risk is low.
 */
public record RiskMapEntry(UUID id, String name, String creditCode, String town, IndustryArea industryArea,
        RiskColour riskColour, double latitude, double longitude) {
}
