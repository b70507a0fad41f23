package cn.gov.sucheng.worksafety.hazard.closedloop.model;

/** Where a hazard is in its closed loop (闭环). */
public enum HazardStatus {
    REPORTED,
    CONFIRMED,
    RECTIFYING,
    AWAITING_VERIFICATION,
    /** 销号: verified as fixed. */
    CLOSED;

    /** Still to be fixed: every state but closed. */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
