package cn.gov.sucheng.worksafety.enterprise.standardization.model;

/**
 * What the recorded actions have left of a grading, before the clock is considered (see
 * {@link GradingState} for what a client sees).
 */
public enum GradingStatus {
    AWARDED,
    DOWNGRADED,
    WITHDRAWN,
    SUPERSEDED
}
