package cn.gov.sucheng.worksafety.training.certificate.model;

import java.util.Set;

/** Where a certificate stands on a day, derived from its dates and a revocation; never stored. */
public enum CertificateState {
    /** Valid, its next review more than 60 days away. */
    VALID,
    /** Valid, inside the 60-day window in which the review must be applied for (复审申请期). */
    REVIEW_DUE,
    /** The review's due date has passed without one; the holder may not practise until reviewed. */
    OVERDUE,
    /** Its validity has ended. */
    EXPIRED,
    /** Revoked (注销/吊销), by a decision or a failed review. */
    REVOKED;

    /** The states in which the holder holds a valid certificate (coverage counts these). */
    public static final Set<CertificateState> IN_FORCE = Set.of(VALID, REVIEW_DUE);
}
