package cn.gov.sucheng.worksafety.enterprise.registry.model;

/**
 * The four-colour risk level of an enterprise (安全风险四色分级), from the highest to the lowest: an attribute of
 * the registry record, set by the risk feature, which keeps the assessments behind it.
 */
public enum RiskColour {
    /** 重大风险 */
    RED,
    /** 较大风险 */
    ORANGE,
    /** 一般风险 */
    YELLOW,
    /** 低风险 */
    BLUE
}
