package cn.gov.sucheng.worksafety.enterprise.emergencyplan.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.EmergencyPlan;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.PlanReview;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.PlanType;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.ReviewOutcome;
import org.jspecify.annotations.NullMarked;

/**
 * A filed emergency plan as the REST API shows it.
 *
 * @param reviewDueOn when the plan must next be reviewed
 * @param reviews oldest first
 * @param version also the ETag; a review may name it in If-Match
 */
@NullMarked
public record PlanView(
        UUID id,
        UUID enterpriseId,
        String title,
        PlanType type,
        String filingNumber,
        LocalDate filedOn,
        String filingAuthority,
        LocalDate reviewDueOn,
        List<ReviewView> reviews,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** One review of the plan. */
    @NullMarked
    public record ReviewView(LocalDate reviewedOn, ReviewOutcome outcome, LocalDate nextReviewDueOn, String reviewedBy,
            OffsetDateTime recordedAt) {

        static ReviewView of(PlanReview r) {
            return new ReviewView(r.reviewedOn(), r.outcome(), r.nextReviewDueOn(), r.reviewedBy(), r.recordedAt());
        }
    }

    public static PlanView of(EmergencyPlan p) {
        return new PlanView(p.id(), p.enterpriseId(), p.title(), p.type(), p.filingNumber(), p.filedOn(),
                p.filingAuthority(), p.reviewDueOn(), p.reviews().stream().map(ReviewView::of).toList(), p.version(),
                p.createdAt(),
                p.updatedAt());
    }
}
