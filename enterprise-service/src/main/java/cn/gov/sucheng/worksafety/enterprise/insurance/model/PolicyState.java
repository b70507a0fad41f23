package cn.gov.sucheng.worksafety.enterprise.insurance.model;

/** Where a policy stands on a given day, derived from its period and a cancellation; never stored. */
public enum PolicyState {
    /** Its period has not begun. */
    PENDING,
    /** The enterprise is covered that day. */
    IN_FORCE,
    /** Its period has ended. */
    EXPIRED,
    /** Cancelled (退保) with effect on or before that day. */
    CANCELLED
}
