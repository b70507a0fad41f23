package cn.gov.sucheng.worksafety.hazard.reporting.model;

/** Where a hazard is in its closed loop (闭环). */
public enum HazardStatus {
    REPORTED,
    CONFIRMED,
    RECTIFYING,
    AWAITING_VERIFICATION,
    CLOSED
}
