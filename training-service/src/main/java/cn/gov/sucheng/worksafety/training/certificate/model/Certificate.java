package cn.gov.sucheng.worksafety.training.certificate.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * A special-operation certificate (特种作业操作证) or key-post safety qualification certificate. It stores its
 * last valid day, the due date of its next review and a revocation, if any; its state on a day is derived by
 * {@link #stateOn}. The calendar is {@link ReviewSchedule}'s.
 *
 * @param cleanPracticeSince since when the holder has practised without a violation, or null
 * @param version counts the changes, for ETags
 */
public record Certificate(
        UUID id,
        String number,
        UUID holderId,
        UUID enterpriseId,
        CertificateKind kind,
        String category,
        String item,
        LocalDate firstIssuedOn,
        LocalDate validUntil,
        LocalDate nextReviewDue,
        LocalDate cleanPracticeSince,
        String issuedBy,
        Revocation revocation,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static Certificate issue(UUID id, NewCertificate c, LocalDate today, String actor, OffsetDateTime now) {
        if (c.firstIssuedOn().isAfter(today)) {
            throw new InvalidException("firstIssuedOn", "firstIssuedOn must not be in the future");
        }
        if (c.cleanPracticeSince() != null && c.cleanPracticeSince().isAfter(today)) {
            throw new InvalidException("cleanPracticeSince", "cleanPracticeSince must not be in the future");
        }
        LocalDate validUntil = ReviewSchedule.validUntil(c.firstIssuedOn());
        return new Certificate(id, c.number(), c.holderId(), c.enterpriseId(), c.kind(), c.category(), c.item(),
                c.firstIssuedOn(), validUntil,
                ReviewSchedule.reviewDue(c.firstIssuedOn(), c.cleanPracticeSince(), validUntil),
                c.cleanPracticeSince(), actor, null, 0, now, now);
    }

    public CertificateState stateOn(LocalDate day) {
        if (revocation != null && !day.isBefore(revocation.on())) {
            return CertificateState.REVOKED;
        }
        if (day.isAfter(validUntil)) {
            return CertificateState.EXPIRED;
        }
        if (day.isAfter(nextReviewDue)) {
            return CertificateState.OVERDUE;
        }
        return day.isBefore(ReviewSchedule.windowOpens(nextReviewDue)) ? CertificateState.VALID
                : CertificateState.REVIEW_DUE;
    }

    /** What can be done to the certificate on {@code day}, for clients and refusals. */
    public List<String> allowedActionsOn(LocalDate day) {
        return switch (stateOn(day)) {
            case REVIEW_DUE, OVERDUE -> List.of("review", "revoke");
            case VALID -> List.of("revoke");
            case EXPIRED, REVOKED -> List.of();
        };
    }

    /**
     * Reviews the certificate on {@code reviewedOn} (not after {@code today}), which must fall in the review
     * window or after the due date while the certificate is still valid. A pass starts the next period the day
     * after the due date (the calendar does not slide with a late review); a review at the end of validity
     * extends it by 6 years. A failure revokes the certificate from the day of the review.
     */
    public Reviewed review(UUID reviewId, ReviewFindings findings, LocalDate reviewedOn, UUID examId, LocalDate today,
            String actor, OffsetDateTime now) {
        if (reviewedOn.isAfter(today)) {
            throw new InvalidException("reviewedOn", "reviewedOn must not be in the future");
        }
        CertificateState state = stateOn(reviewedOn);
        if (state != CertificateState.REVIEW_DUE && state != CertificateState.OVERDUE) {
            String why = state == CertificateState.VALID
                    ? "its review window opens on " + ReviewSchedule.windowOpens(nextReviewDue)
                    : "it is " + state.name().toLowerCase().replace('_', ' ') + " on " + reviewedOn;
            throw new ConflictException("certificate " + number + " cannot be reviewed on " + reviewedOn + ": " + why,
                    state, allowedActionsOn(reviewedOn));
        }
        List<ReviewRule> failed = findings.failedRules();
        CertificateReview review = new CertificateReview(reviewId, id, reviewedOn, nextReviewDue, findings, failed,
                examId, actor, now);
        if (!failed.isEmpty()) {
            Certificate revoked = new Certificate(id, number, holderId, enterpriseId, kind, category, item,
                    firstIssuedOn, validUntil, nextReviewDue, cleanPracticeSince, issuedBy,
                    new Revocation(reviewedOn, "review failed: " + failed, actor), version + 1, createdAt, now);
            return new Reviewed(revoked, review);
        }
        LocalDate periodStart = nextReviewDue.plusDays(1);
        LocalDate newValidUntil = periodStart.isAfter(validUntil) ? ReviewSchedule.validUntil(periodStart) : validUntil;
        LocalDate clean = findings.clean() ? cleanPracticeSince : reviewedOn;
        Certificate next = new Certificate(id, number, holderId, enterpriseId, kind, category, item, firstIssuedOn,
                newValidUntil, ReviewSchedule.reviewDue(periodStart, clean, newValidUntil), clean, issuedBy, null,
                version + 1, createdAt, now);
        return new Reviewed(next, review);
    }

    /** Revokes the certificate from {@code today}; a revoked certificate is not revoked again. */
    public Certificate revoke(String reason, LocalDate today, String actor, OffsetDateTime now) {
        if (revocation != null) {
            throw new ConflictException("certificate " + number + " is revoked already, from " + revocation.on(),
                    CertificateState.REVOKED, List.of());
        }
        return new Certificate(id, number, holderId, enterpriseId, kind, category, item, firstIssuedOn, validUntil,
                nextReviewDue, cleanPracticeSince, issuedBy, new Revocation(today, reason, actor), version + 1,
                createdAt, now);
    }

    /** A review and the certificate as it leaves it. */
    public record Reviewed(Certificate certificate, CertificateReview review) {
    }
}
