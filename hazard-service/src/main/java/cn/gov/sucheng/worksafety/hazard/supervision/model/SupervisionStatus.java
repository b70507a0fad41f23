package cn.gov.sucheng.worksafety.hazard.supervision.model;

/** Where a listed supervision (挂牌督办) stands. */
public enum SupervisionStatus {
    /** 挂牌: listed, the treatment plan under way. */
    LISTED,
    /** The enterprise applied for acceptance; on-site acceptance is due within the acceptance period. */
    ACCEPTANCE_APPLIED,
    /** Accepted on site. */
    ACCEPTED,
    /** 整改效果评价: the effect of the treatment evaluated. */
    EVALUATED,
    /** 核销: delisted. */
    DELISTED
}
