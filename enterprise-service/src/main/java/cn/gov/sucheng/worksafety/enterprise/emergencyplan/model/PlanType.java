package cn.gov.sucheng.worksafety.enterprise.emergencyplan.model;

/** The level of a plan in an enterprise's plan system (应急预案体系). */
public enum PlanType {
    /** 综合应急预案: the enterprise's overall response. */
    COMPREHENSIVE,
    /** 专项应急预案: one kind of accident or hazard. */
    SPECIAL,
    /** 现场处置方案: one site, post or piece of equipment. */
    ON_SITE
}
