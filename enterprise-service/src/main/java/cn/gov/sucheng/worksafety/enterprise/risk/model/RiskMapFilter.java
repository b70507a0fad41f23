package cn.gov.sucheng.worksafety.enterprise.risk.model;

import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;

/** Which enterprises the risk map shows; a null criterion does not filter. */
public record RiskMapFilter(String town, IndustryArea industryArea, RiskColour riskColour) {
}
