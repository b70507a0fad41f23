package cn.gov.sucheng.worksafety.enforcement.cases.model;

/** The bands of a discretion baseline (裁量阶次), lightest first. */
public enum DiscretionBand {
    /** 较轻 */
    LIGHT,
    /** 一般 */
    GENERAL,
    /** 严重 */
    SERIOUS
}
