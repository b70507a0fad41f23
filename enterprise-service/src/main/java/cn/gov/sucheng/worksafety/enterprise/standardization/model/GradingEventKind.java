package cn.gov.sucheng.worksafety.enterprise.standardization.model;

/** What happened to a grading. */
public enum GradingEventKind {
    AWARDED,
    DOWNGRADED,
    WITHDRAWN,
    SUPERSEDED
}
