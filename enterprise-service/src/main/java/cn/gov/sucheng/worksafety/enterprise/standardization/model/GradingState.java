package cn.gov.sucheng.worksafety.enterprise.standardization.model;

/** Where a grading stands on a given day, derived from its status and its validity. */
public enum GradingState {
    /** In force at the grade awarded. */
    VALID,
    /** In force at a grade lower than the one awarded. */
    DOWNGRADED,
    /** Past its validity, not renewed; still the enterprise's current grading until a new award. */
    EXPIRED,
    /** Withdrawn (撤销); final. */
    WITHDRAWN,
    /** Replaced by a later award to the same enterprise. */
    SUPERSEDED
}
