package cn.gov.sucheng.worksafety.enterprise.standardization.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.time.Validity;

/**
 * A safety standardization grading (安全生产标准化等级, GB/T 33000-2016) awarded to an enterprise: its
 * grade, validity, element scores and the history of what happened to it. Immutable: every action
 * answers a new grading with the event appended to its history.
 *
 * @param awardedGrade the grade first awarded
 * @param grade the grade now, lower than the awarded one after a downgrade
 * @param validUntil the last day the grading is in force
 * @param version increases with every action; an action may name the version it was based on
 */
public record StandardizationGrading(
        UUID id,
        UUID enterpriseId,
        Grade awardedGrade,
        Grade grade,
        LocalDate awardedOn,
        String awardingBody,
        LocalDate validUntil,
        ElementScores elementScores,
        GradingStatus status,
        List<GradingEvent> history,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public StandardizationGrading {
        history = List.copyOf(history);
    }

    /**
     * A new grading, valid for {@code validityYears} from the day it was awarded by the suite's
     * {@link Validity} rule: awarded on 2024-05-10 for 3 years, it is in force through 2027-05-09. The
     * validity is fixed at the award so that a later change of the configured period does not rewrite
     * grades already given.
     */
    public static StandardizationGrading award(UUID id, NewGrading award, int validityYears, LocalDate today,
            OffsetDateTime now) {
        if (award.awardedOn().isAfter(today)) {
            throw new InvalidException("awardedOn", "awardedOn must not be in the future (today is " + today + ")");
        }
        LocalDate validUntil = Validity.ofYears(award.awardedOn(), validityYears).lastDay();
        GradingEvent awarded = new GradingEvent(GradingEventKind.AWARDED, null, award.grade(), null,
                award.awardingBody(), now);
        return new StandardizationGrading(id, award.enterpriseId(), award.grade(), award.grade(), award.awardedOn(),
                award.awardingBody(), validUntil, award.elementScores(), GradingStatus.AWARDED, List.of(awarded), 0,
                now, now);
    }

    /** Where the grading stands on {@code day}: a withdrawal or supersession outranks the clock. */
    public GradingState stateOn(LocalDate day) {
        return switch (status) {
            case WITHDRAWN -> GradingState.WITHDRAWN;
            case SUPERSEDED -> GradingState.SUPERSEDED;
            case AWARDED, DOWNGRADED -> {
                if (day.isAfter(validUntil)) {
                    yield GradingState.EXPIRED;
                }
                yield status == GradingStatus.DOWNGRADED ? GradingState.DOWNGRADED : GradingState.VALID;
            }
        };
    }

    /**
     * Lowers the grade (降级). Only a grading in force can be downgraded, and only to a lower grade:
     * a third-grade enterprise that no longer qualifies is withdrawn, not downgraded.
     */
    public StandardizationGrading downgradeTo(Grade lower, String reason, String actor, LocalDate today,
            OffsetDateTime now) {
        requireInForce("downgraded", today);
        if (!lower.isLowerThan(grade)) {
            throw new ConflictException("grading " + id + " is grade " + grade.level()
                    + "; it can only be downgraded to a lower grade (a larger number; grade 1 is the highest), not to "
                    + lower.level());
        }
        return next(GradingStatus.DOWNGRADED, lower,
                new GradingEvent(GradingEventKind.DOWNGRADED, grade, lower, reason, actor, now));
    }

    /** Withdraws the grading (撤销); nothing can be done to it afterwards. */
    public StandardizationGrading withdraw(String reason, String actor, LocalDate today, OffsetDateTime now) {
        requireInForce("withdrawn", today);
        return next(GradingStatus.WITHDRAWN, grade,
                new GradingEvent(GradingEventKind.WITHDRAWN, grade, null, reason, actor, now));
    }

    /**
     * Replaces this, the enterprise's current grading, with a newer award. An award dated before this
     * one's is refused: recording an old certificate late must not unseat the one now in force.
     */
    public StandardizationGrading supersededBy(StandardizationGrading newer, OffsetDateTime now) {
        if (newer.awardedOn().isBefore(awardedOn)) {
            throw new ConflictException("the enterprise's current grading " + id + " was awarded on " + awardedOn
                    + ", after the new award's date " + newer.awardedOn() + "; an older award cannot replace it");
        }
        return next(GradingStatus.SUPERSEDED, grade, new GradingEvent(GradingEventKind.SUPERSEDED, grade, null,
                "superseded by grading " + newer.id() + " awarded on " + newer.awardedOn(), newer.awardingBody(), now));
    }

    /** The last thing that happened to the grading. */
    public GradingEvent lastEvent() {
        return history.get(history.size() - 1);
    }

    private void requireInForce(String action, LocalDate today) {
        GradingState state = stateOn(today);
        if (state != GradingState.VALID && state != GradingState.DOWNGRADED) {
            String detail = state == GradingState.EXPIRED ? "expired after " + validUntil : state.name().toLowerCase();
            throw new ConflictException("grading " + id + " is " + detail + " and cannot be " + action);
        }
    }

    private StandardizationGrading next(GradingStatus newStatus, Grade newGrade, GradingEvent event) {
        List<GradingEvent> events = new ArrayList<>(history);
        events.add(event);
        return new StandardizationGrading(id, enterpriseId, awardedGrade, newGrade, awardedOn, awardingBody,
                validUntil, elementScores, newStatus, events, version + 1, createdAt, event.occurredAt());
    }
}
