package cn.gov.sucheng.worksafety.enterprise.emergencyplan.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.time.Validity;

/**
 * An emergency plan filed with an authority (应急预案备案) and the reviews it has had since. Immutable:
 * recording a review answers a new plan.
 *
 * @param reviewDueOn the last day by which the plan must next be reviewed: set at filing, moved by each review
 * @param reviews oldest first
 * @param version one more with each review; a review may name the version it was based on
 */
public record EmergencyPlan(
        UUID id,
        UUID enterpriseId,
        String title,
        PlanType type,
        String filingNumber,
        LocalDate filedOn,
        String filingAuthority,
        LocalDate reviewDueOn,
        List<PlanReview> reviews,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public EmergencyPlan {
        reviews = List.copyOf(reviews);
    }

    /**
     * Files a plan. Without a review date the plan stands for {@code reviewIntervalYears} from filing and is
     * due for review on the last day of that period ({@link Validity}: filed 2024-03-18 for 3 years, due
     * 2027-03-17); a date given must come after the filing date.
     */
    public static EmergencyPlan file(UUID id, NewPlan plan, int reviewIntervalYears, LocalDate today,
            OffsetDateTime now) {
        if (plan.filedOn().isAfter(today)) {
            throw new InvalidException("filedOn", "filedOn must not be in the future (today is " + today + ")");
        }
        LocalDate reviewDueOn = plan.reviewDueOn() == null ? dueAfter(plan.filedOn(), reviewIntervalYears)
                : plan.reviewDueOn();
        if (!reviewDueOn.isAfter(plan.filedOn())) {
            throw new InvalidException("reviewDueOn", "reviewDueOn must be after filedOn " + plan.filedOn());
        }
        return new EmergencyPlan(id, plan.enterpriseId(), plan.title(), plan.type(), plan.filingNumber(),
                plan.filedOn(), plan.filingAuthority(), reviewDueOn, List.of(), 0, now, now);
    }

    /**
     * Records a review. It cannot predate the filing or the last review, nor lie in the future; the next
     * review falls after it, on the last day of {@code reviewIntervalYears} from it unless given.
     */
    public EmergencyPlan review(LocalDate reviewedOn, ReviewOutcome outcome, LocalDate nextReviewDueOn,
            String reviewedBy, int reviewIntervalYears, LocalDate today, OffsetDateTime now) {
        if (reviewedOn.isBefore(filedOn)) {
            throw new InvalidException("reviewedOn", "reviewedOn must not be before the filing date " + filedOn);
        }
        if (reviewedOn.isAfter(today)) {
            throw new InvalidException("reviewedOn", "reviewedOn must not be in the future (today is " + today + ")");
        }
        if (!reviews.isEmpty() && reviewedOn.isBefore(lastReview().reviewedOn())) {
            throw new InvalidException("reviewedOn",
                    "reviewedOn must not be before the last review on " + lastReview().reviewedOn());
        }
        LocalDate next = nextReviewDueOn == null ? dueAfter(reviewedOn, reviewIntervalYears) : nextReviewDueOn;
        if (!next.isAfter(reviewedOn)) {
            throw new InvalidException("nextReviewDueOn", "nextReviewDueOn must be after reviewedOn " + reviewedOn);
        }
        List<PlanReview> all = new ArrayList<>(reviews);
        all.add(new PlanReview(reviewedOn, outcome, next, reviewedBy, now));
        return new EmergencyPlan(id, enterpriseId, title, type, filingNumber, filedOn, filingAuthority, next, all,
                version + 1, createdAt, now);
    }

    private static LocalDate dueAfter(LocalDate filedOrReviewedOn, int reviewIntervalYears) {
        return Validity.ofYears(filedOrReviewedOn, reviewIntervalYears).lastDay();
    }

    /** The review recorded last; only for a plan that has been reviewed. */
    public PlanReview lastReview() {
        return reviews.get(reviews.size() - 1);
    }
}
