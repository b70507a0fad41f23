package cn.gov.sucheng.worksafety.enterprise.emergencyplan.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A periodic review (应急预案评估) of a filed plan.
 *
 * @param nextReviewDueOn when the plan must be reviewed again
 * @param recordedAt when the review was entered
 */
public record PlanReview(LocalDate reviewedOn, ReviewOutcome outcome, LocalDate nextReviewDueOn, String reviewedBy,
        OffsetDateTime recordedAt) {
}
