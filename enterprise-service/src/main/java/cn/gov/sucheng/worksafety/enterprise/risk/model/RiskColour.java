package cn.gov.sucheng.worksafety.enterprise.risk.model;

/** The four-colour risk level of an enterprise (安全风险四色分级), from the highest to the lowest. */
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
