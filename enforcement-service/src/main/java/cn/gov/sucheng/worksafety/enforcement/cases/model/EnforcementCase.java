package cn.gov.sucheng.worksafety.enforcement.cases.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * A penalty case (行政处罚案件) and its lifecycle: filed → investigated → notified → legal review → collective
 * discussion (major cases) → decided → executed → closed, or transferred to criminal justice before a decision. A
 * major case cannot be decided without legal review and collective discussion; an ordinary one may be decided
 * after notification, with or without review. The deadline (time limit from filing) may be extended once.
 *
 * @param fine          the fine decided, in CNY; null until decided (or when the decision is not a fine)
 * @param creditOutcome what the decision means for the enterprise's credit; null for none
 */
public record EnforcementCase(UUID id, UUID enterpriseId, String town, UUID inspectionId, String violationType, boolean major,
        String summary, CaseState state, LocalDate filedOn, LocalDate deadline, boolean extended, BigDecimal fine,
        CreditOutcome creditOutcome, long version) {

    public static EnforcementCase file(UUID id, UUID enterpriseId, String town, UUID inspectionId,
            String violationType, boolean major, String summary, LocalDate filedOn, CaseTimeLimits limits) {
        return new EnforcementCase(id, enterpriseId, town, inspectionId, violationType, major, summary, CaseState.FILED,
                filedOn, filedOn.plusDays(limits.limitDays()), false, null, null, 0);
    }

    /** The actions the current state allows. */
    public Set<CaseAction> allowedActions() {
        Set<CaseAction> allowed = switch (state) {
            case FILED -> EnumSet.of(CaseAction.INVESTIGATE, CaseAction.TRANSFER);
            case INVESTIGATED -> EnumSet.of(CaseAction.NOTIFY, CaseAction.TRANSFER);
            case NOTIFIED -> major ? EnumSet.of(CaseAction.REVIEW) : EnumSet.of(CaseAction.REVIEW, CaseAction.DECIDE);
            case LEGAL_REVIEWED -> major ? EnumSet.of(CaseAction.DISCUSS) : EnumSet.of(CaseAction.DECIDE);
            case DISCUSSED -> EnumSet.of(CaseAction.DECIDE);
            case DECIDED -> EnumSet.of(CaseAction.EXECUTE);
            case EXECUTED -> EnumSet.of(CaseAction.CLOSE);
            case CLOSED, TRANSFERRED -> EnumSet.noneOf(CaseAction.class);
        };
        if (!isOver() && !extended) {
            allowed.add(CaseAction.EXTEND);
        }
        return allowed;
    }

    public boolean isOver() {
        return state == CaseState.CLOSED || state == CaseState.TRANSFERRED;
    }

    /**
     * Takes an action; refused with the current state and the allowed actions when the state does not allow it.
     *
     * @param fine    the fine of a DECIDE, in CNY (null for a decision without a fine); ignored otherwise
     * @param outcome the credit outcome of a DECIDE (null for none); ignored otherwise
     */
    public EnforcementCase take(CaseAction action, BigDecimal fine, CreditOutcome outcome, CaseTimeLimits limits) {
        if (!allowedActions().contains(action)) {
            throw new ConflictException("a case in state " + state + (major ? " (major)" : "") + " cannot take "
                    + action, state, allowedActions());
        }
        if (action == CaseAction.DECIDE && fine != null && fine.signum() < 0) {
            throw new InvalidException("fine", "fine must not be negative");
        }
        return switch (action) {
            case INVESTIGATE -> moved(CaseState.INVESTIGATED);
            case NOTIFY -> moved(CaseState.NOTIFIED);
            case REVIEW -> moved(CaseState.LEGAL_REVIEWED);
            case DISCUSS -> moved(CaseState.DISCUSSED);
            case DECIDE -> new EnforcementCase(id, enterpriseId, town, inspectionId, violationType, major, summary,
                    CaseState.DECIDED, filedOn, deadline, extended, fine, outcome, version + 1);
            case EXECUTE -> moved(CaseState.EXECUTED);
            case CLOSE -> moved(CaseState.CLOSED);
            case TRANSFER -> moved(CaseState.TRANSFERRED);
            case EXTEND -> new EnforcementCase(id, enterpriseId, town, inspectionId, violationType, major, summary, state,
                    filedOn, deadline.plusDays(limits.extensionDays()), true, fine, creditOutcome, version + 1);
        };
    }

    /** Open and due within {@code limits.nearLimitDays()} of {@code today} (or overdue). */
    public boolean isNearLimit(LocalDate today, CaseTimeLimits limits) {
        return !isOver() && !today.plusDays(limits.nearLimitDays()).isBefore(deadline);
    }

    private EnforcementCase moved(CaseState to) {
        return new EnforcementCase(id, enterpriseId, town, inspectionId, violationType, major, summary, to, filedOn,
                deadline, extended, fine, creditOutcome, version + 1);
    }
}
