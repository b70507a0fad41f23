package cn.gov.sucheng.worksafety.hazard.closedloop.model;

/** How a hazard is to be fixed. */
public enum Handling {
    /** 即查即改: fixed while the inspector is there. */
    ON_THE_SPOT,
    /** 限期整改: fixed by a deadline. */
    BY_DEADLINE
}
