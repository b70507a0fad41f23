package cn.gov.sucheng.worksafety.enterprise.emergencyplan.model;

/** What a periodic review (评估) of a filed plan concluded. */
public enum ReviewOutcome {
    /** The plan still fits and stays in force as filed (继续适用). */
    UNCHANGED,
    /** The plan was revised during the review (已修订). */
    REVISED,
    /** The plan must be revised and filed again (需修订). */
    REVISION_REQUIRED
}
