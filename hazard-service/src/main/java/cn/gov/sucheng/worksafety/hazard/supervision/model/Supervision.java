package cn.gov.sucheng.worksafety.hazard.supervision.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * A major hazard listed for supervision (重大事故隐患挂牌督办): listed with its treatment plan → the enterprise
 * applies for acceptance → on-site acceptance, due within the acceptance period (10 days by the rules) of the
 * application, passed or failed back to listed → effect evaluation (整改效果评价) → delisting (核销).
 */
public record Supervision(
        UUID id,
        UUID hazardId,
        UUID enterpriseId,
        SupervisionStatus status,
        String supervisingBody,
        TreatmentPlan plan,
        LocalDate appliedOn,
        LocalDate acceptanceDueOn,
        LocalDate acceptedOn,
        String evaluation,
        OffsetDateTime delistedAt,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** A supervision changed by an action, with the event that records it. */
    public record Changed(Supervision supervision, SupervisionEvent event) {
    }

    public static Changed list(UUID id, UUID hazardId, UUID enterpriseId, String supervisingBody, TreatmentPlan plan,
            String actor, OffsetDateTime now) {
        if (plan.deadline().isBefore(now.toLocalDate())) {
            throw new InvalidException("deadline", "the plan's deadline must not be in the past");
        }
        if (plan.fundsCny().signum() < 0) {
            throw new InvalidException("fundsCny", "funds must not be negative");
        }
        Supervision s = new Supervision(id, hazardId, enterpriseId, SupervisionStatus.LISTED, supervisingBody, plan,
                null, null, null, null, null, 0, now, now);
        return new Changed(s, new SupervisionEvent(id, SupervisionAction.LIST, SupervisionStatus.LISTED, actor,
                "listed by " + supervisingBody, now));
    }

    public Set<SupervisionAction> allowedActions() {
        return switch (status) {
            case LISTED -> EnumSet.of(SupervisionAction.APPLY_FOR_ACCEPTANCE);
            case ACCEPTANCE_APPLIED -> EnumSet.of(SupervisionAction.ACCEPT, SupervisionAction.FAIL_ACCEPTANCE);
            case ACCEPTED -> EnumSet.of(SupervisionAction.EVALUATE);
            case EVALUATED -> EnumSet.of(SupervisionAction.DELIST);
            case DELISTED -> EnumSet.noneOf(SupervisionAction.class);
        };
    }

    /** The enterprise applies for acceptance on {@code appliedOn}; acceptance is due {@code acceptanceDays} later. */
    public Changed applyForAcceptance(LocalDate appliedOn, int acceptanceDays, String actor, String note,
            OffsetDateTime now) {
        require(SupervisionAction.APPLY_FOR_ACCEPTANCE);
        if (appliedOn.isAfter(now.toLocalDate())) {
            throw new InvalidException("appliedOn", "appliedOn must not be in the future");
        }
        if (appliedOn.isBefore(createdAt.toLocalDate())) {
            throw new InvalidException("appliedOn", "appliedOn must not be before the listing");
        }
        return change(SupervisionAction.APPLY_FOR_ACCEPTANCE, SupervisionStatus.ACCEPTANCE_APPLIED, appliedOn,
                appliedOn.plusDays(acceptanceDays), acceptedOn, evaluation, null, actor, note, now);
    }

    /** On-site acceptance: passed, or failed back to listed (the enterprise applies again once it is fixed). */
    public Changed accept(boolean passed, String actor, String note, OffsetDateTime now) {
        if (passed) {
            require(SupervisionAction.ACCEPT);
            return change(SupervisionAction.ACCEPT, SupervisionStatus.ACCEPTED, appliedOn, acceptanceDueOn,
                    now.toLocalDate(), evaluation, null, actor, note, now);
        }
        require(SupervisionAction.FAIL_ACCEPTANCE);
        if (note == null || note.isBlank()) {
            throw new InvalidException("note", "a failed acceptance must say what is still wrong");
        }
        return change(SupervisionAction.FAIL_ACCEPTANCE, SupervisionStatus.LISTED, null, null, null, evaluation, null,
                actor, note, now);
    }

    public Changed evaluate(String evaluationText, String actor, OffsetDateTime now) {
        require(SupervisionAction.EVALUATE);
        if (evaluationText == null || evaluationText.isBlank()) {
            throw new InvalidException("evaluation", "evaluation is required");
        }
        return change(SupervisionAction.EVALUATE, SupervisionStatus.EVALUATED, appliedOn, acceptanceDueOn, acceptedOn,
                evaluationText.trim(), null, actor, null, now);
    }

    public Changed delist(String actor, String note, OffsetDateTime now) {
        require(SupervisionAction.DELIST);
        return change(SupervisionAction.DELIST, SupervisionStatus.DELISTED, appliedOn, acceptanceDueOn, acceptedOn,
                evaluation, now, actor, note, now);
    }

    /** Applied for acceptance and not accepted on site by the due day. */
    public boolean isAcceptanceOverdueOn(LocalDate today) {
        return status == SupervisionStatus.ACCEPTANCE_APPLIED && today.isAfter(acceptanceDueOn);
    }

    private void require(SupervisionAction action) {
        if (!allowedActions().contains(action)) {
            throw new ConflictException("cannot " + action.name().toLowerCase().replace('_', ' ') + " supervision " + id
                    + ": it is " + status, status, allowedActions());
        }
    }

    private Changed change(SupervisionAction action, SupervisionStatus to, LocalDate newAppliedOn, LocalDate newDueOn,
            LocalDate newAcceptedOn, String newEvaluation, OffsetDateTime newDelistedAt, String actor, String note,
            OffsetDateTime now) {
        Supervision next = new Supervision(id, hazardId, enterpriseId, to, supervisingBody, plan, newAppliedOn,
                newDueOn, newAcceptedOn, newEvaluation, newDelistedAt, version + 1, createdAt, now);
        return new Changed(next, new SupervisionEvent(id, action, to, actor, note, now));
    }
}
