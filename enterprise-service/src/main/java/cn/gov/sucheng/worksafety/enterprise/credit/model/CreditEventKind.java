package cn.gov.sucheng.worksafety.enterprise.credit.model;

/** What a credit event holds against an enterprise. */
public enum CreditEventKind {
    /** On the joint-punishment blacklist (失信联合惩戒); always traced to a case. */
    BLACKLIST,
    /** Ordered closed (关闭取缔). Closure is final, so it has no end date; only lifting ends it. */
    CLOSURE_ORDER,
    /** Ordered to stop production and business (停产停业) for a stated period. */
    SUSPENSION_ORDER
}
