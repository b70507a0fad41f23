package cn.gov.sucheng.worksafety.training.certificate.model;

/** A rule a review (复审) checks; any one failed fails the review. */
public enum ReviewRule {
    /** The health check (体检) was failed. */
    HEALTH_CHECK,
    /** Two or more violations (违章行为) in the period. */
    VIOLATIONS,
    /** An administrative penalty (行政处罚) in the period. */
    ADMINISTRATIVE_PENALTY,
    /** Fewer than 8 hours of refresher training (安全培训) in the period. */
    MISSED_TRAINING
}
