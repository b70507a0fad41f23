package cn.gov.sucheng.worksafety.enterprise.licence.model;

/**
 * The state of a licence on a given day, derived from its standing and its dates (see
 * {@link Licence#stateOn}); never stored, since it changes with the calendar alone.
 */
public enum LicenceState {
    /** In force, its renewal window not yet open. */
    VALID,
    /** In force and inside the renewal window: the holder may apply for an extension now. */
    EXPIRING,
    /** Past its expiry day; it can no longer be renewed, only replaced by a new licence. */
    EXPIRED,
    /** Suspended (暂扣) by the authority until reinstated. */
    SUSPENDED,
    /** Revoked (吊销): final. */
    REVOKED
}
