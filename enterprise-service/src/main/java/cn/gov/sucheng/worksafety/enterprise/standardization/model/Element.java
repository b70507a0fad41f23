package cn.gov.sucheng.worksafety.enterprise.standardization.model;

/** The eight first-level elements (一级要素) of GB/T 33000-2016 that an evaluation scores. */
public enum Element {
    /** 目标职责. */
    GOALS_AND_DUTIES,
    /** 制度化管理. */
    INSTITUTIONAL_MANAGEMENT,
    /** 教育培训. */
    EDUCATION_AND_TRAINING,
    /** 现场管理. */
    ON_SITE_MANAGEMENT,
    /** 安全风险管控及隐患排查治理. */
    RISK_CONTROL_AND_HAZARD_MANAGEMENT,
    /** 应急管理. */
    EMERGENCY_MANAGEMENT,
    /** 事故管理. */
    ACCIDENT_MANAGEMENT,
    /** 持续改进. */
    CONTINUOUS_IMPROVEMENT
}
