package cn.gov.sucheng.worksafety.enterprise.insurance.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException.Violation;
import cn.gov.sucheng.worksafety.platform.time.Validity;

/**
 * A work-safety liability insurance policy (安全生产责任保险保单) of an enterprise: compulsory in high-risk
 * trades. It stores its period and a cancellation, if any; whether it covers the enterprise on a day is
 * derived by {@link #stateOn}.
 *
 * @param period the days of cover, both included
 * @param cancellation the early end, or null
 * @param version counts the changes, for ETags
 */
public record LiabilityPolicy(
        UUID id,
        UUID enterpriseId,
        String policyNumber,
        String insurer,
        Validity period,
        BigDecimal premium,
        BigDecimal insuredAmountPerPerson,
        String recordedBy,
        Cancellation cancellation,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** A new policy; every rule broken is named, not only the first. */
    public static LiabilityPolicy record(UUID id, NewPolicy policy, String recordedBy, OffsetDateTime now) {
        List<Violation> violations = new ArrayList<>();
        if (policy.endsOn().isBefore(policy.startsOn())) {
            violations.add(new Violation("endsOn", "endsOn must not be before startsOn " + policy.startsOn()));
        }
        if (policy.premium().signum() <= 0) {
            violations.add(new Violation("premium", "premium must be greater than 0"));
        }
        if (policy.insuredAmountPerPerson().signum() <= 0) {
            violations.add(new Violation("insuredAmountPerPerson", "insuredAmountPerPerson must be greater than 0"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidException(violations);
        }
        return new LiabilityPolicy(id, policy.enterpriseId(), policy.policyNumber(), policy.insurer(),
                new Validity(policy.startsOn(), policy.endsOn()), policy.premium(), policy.insuredAmountPerPerson(),
                recordedBy, null, 0, now, now);
    }

    /** A cancellation outranks the calendar from the day it takes effect. */
    public PolicyState stateOn(LocalDate day) {
        if (cancellation != null && !day.isBefore(cancellation.effectiveOn())) {
            return PolicyState.CANCELLED;
        }
        if (day.isBefore(period.firstDay())) {
            return PolicyState.PENDING;
        }
        return period.contains(day) ? PolicyState.IN_FORCE : PolicyState.EXPIRED;
    }

    /**
     * Ends the cover early (退保) from {@code effectiveOn}, a day inside the period (its first day: the policy
     * never covered anything). A policy cancelled already, or one whose period ended before today, is not
     * cancelled again.
     */
    public LiabilityPolicy cancel(LocalDate effectiveOn, String reason, String actor, LocalDate today,
            OffsetDateTime now) {
        if (cancellation != null) {
            throw new ConflictException("policy " + policyNumber + " is cancelled already, from "
                    + cancellation.effectiveOn(), PolicyState.CANCELLED, List.of());
        }
        if (today.isAfter(period.lastDay())) {
            throw new ConflictException("policy " + policyNumber + " ended on " + period.lastDay()
                    + "; there is no cover left to cancel", PolicyState.EXPIRED, List.of());
        }
        if (!period.contains(effectiveOn)) {
            throw new InvalidException("effectiveOn", "effectiveOn must lie in the policy's period "
                    + period.firstDay() + " to " + period.lastDay());
        }
        return new LiabilityPolicy(id, enterpriseId, policyNumber, insurer, period, premium, insuredAmountPerPerson,
                recordedBy, new Cancellation(effectiveOn, reason, actor, now), version + 1, createdAt, now);
    }

    /** What can be done to the policy on {@code day}, for clients and refusals. */
    public List<String> allowedActionsOn(LocalDate day) {
        return cancellation == null && !day.isAfter(period.lastDay()) ? List.of("cancel") : List.of();
    }
}
