package cn.gov.sucheng.worksafety.enterprise.credit.model;

/** Where a credit event came from. */
public enum CreditEventSource {
    /** An outcome of an enforcement case, delivered by enforcement-service with its own idempotency key. */
    ENFORCEMENT_CASE,
    /** Entered by district staff, who are named. */
    MANUAL,
    /** Pushed down by the provincial system. */
    PROVINCIAL
}
