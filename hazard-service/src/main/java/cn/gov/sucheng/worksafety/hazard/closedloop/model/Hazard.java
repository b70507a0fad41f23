package cn.gov.sucheng.worksafety.hazard.closedloop.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * A hazard (事故隐患) at an enterprise and its closed loop: reported → confirmed (graded, deadline set,
 * assigned) → rectifying → awaiting verification (fixed, with evidence) → closed (销号), or rejected back to
 * rectifying; a general hazard may be fixed on the spot (即查即改) and closed in one step. Each action checks the
 * state first and returns the changed hazard with the event that records it. The enterprise's name, town,
 * industry area and supervising department are copied from the registry when the hazard is reported, so the
 * hazard's own reads never wait on enterprise-service.
 *
 * @param level who follows it up: the town, or the district once it is overdue
 * @param supervised listed for supervision (挂牌督办) and not yet delisted: it cannot be closed meanwhile
 * @param findingId the enforcement finding it came from, if any
 * @param sourceRef the sending system's own id of an imported record, if any
 */
public record Hazard(
        UUID id,
        UUID enterpriseId,
        String enterpriseName,
        String town,
        String industryArea,
        String supervisingDepartment,
        String place,
        String description,
        List<String> attachments,
        HazardGrade grade,
        HazardSource source,
        Handling handling,
        LocalDate deadline,
        String assignee,
        String responsiblePerson,
        HazardStatus status,
        Level level,
        boolean overdue,
        boolean supervised,
        String reportedBy,
        OffsetDateTime foundAt,
        OffsetDateTime closedAt,
        UUID findingId,
        UUID inspectionId,
        String sourceRef,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public Hazard {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A hazard changed by an action, with the event that records it. */
    public record Changed(Hazard hazard, HazardEvent event) {
    }

    /** The actions the hazard's state allows now (reporting and system actions aside). */
    public Set<HazardAction> allowedActions() {
        return switch (status) {
            case REPORTED, CONFIRMED -> {
                Set<HazardAction> allowed = EnumSet.of(status == HazardStatus.REPORTED ? HazardAction.CONFIRM
                        : HazardAction.START_RECTIFICATION);
                if (grade == HazardGrade.GENERAL) {
                    allowed.add(HazardAction.FIX_ON_THE_SPOT);
                }
                yield allowed;
            }
            case RECTIFYING -> EnumSet.of(HazardAction.SUBMIT_FIX);
            case AWAITING_VERIFICATION -> supervised ? EnumSet.of(HazardAction.REJECT)
                    : EnumSet.of(HazardAction.VERIFY, HazardAction.REJECT);
            case CLOSED -> EnumSet.noneOf(HazardAction.class);
        };
    }

    /**
     * Confirms a reported hazard: grades it, decides the handling and, for fix-by-deadline, a deadline not in the
     * past; a major hazard cannot be fixed on the spot (it needs a stoppage or outside help).
     */
    public Changed confirm(Confirmation c, String actor, String reason, OffsetDateTime now) {
        require(HazardAction.CONFIRM);
        if (c.handling() == Handling.BY_DEADLINE) {
            if (c.deadline() == null) {
                throw new InvalidException("deadline", "deadline is required when the hazard is fixed by a deadline");
            }
            if (c.deadline().isBefore(now.toLocalDate())) {
                throw new InvalidException("deadline", "deadline must not be in the past");
            }
        }
        else if (c.deadline() != null) {
            throw new InvalidException("deadline", "a hazard fixed on the spot has no deadline");
        }
        if (c.grade() == HazardGrade.MAJOR && c.handling() == Handling.ON_THE_SPOT) {
            throw new InvalidException("handling", "a major hazard cannot be fixed on the spot");
        }
        Hazard next = with(HazardStatus.CONFIRMED, c.grade(), c.handling(), c.deadline(), c.assignee(), closedAt, now);
        return new Changed(next, event(HazardAction.CONFIRM, next, actor, reason, List.of(), now));
    }

    /** The assignee starts the rectification (整改). */
    public Changed startRectification(String actor, String reason, OffsetDateTime now) {
        require(HazardAction.START_RECTIFICATION);
        Hazard next = with(HazardStatus.RECTIFYING, grade, handling, deadline, assignee, closedAt, now);
        return new Changed(next, event(HazardAction.START_RECTIFICATION, next, actor, reason, List.of(), now));
    }

    /** The enterprise says it is fixed and shows how; evidence (photos, documents as references) is required. */
    public Changed submitFix(List<String> evidence, String actor, String reason, OffsetDateTime now) {
        require(HazardAction.SUBMIT_FIX);
        requireEvidence(evidence);
        Hazard next = with(HazardStatus.AWAITING_VERIFICATION, grade, handling, deadline, assignee, closedAt, now);
        return new Changed(next, event(HazardAction.SUBMIT_FIX, next, actor, reason, evidence, now));
    }

    /** The fix is verified and the hazard closed out (销号); a supervised major hazard must be delisted first. */
    public Changed verify(String actor, String reason, OffsetDateTime now) {
        if (status == HazardStatus.AWAITING_VERIFICATION && supervised) {
            throw new HazardActionRefused("cannot verify hazard " + id + ": it is listed for supervision (挂牌督办); "
                    + "it is closed once the supervision is delisted", status, allowedActions());
        }
        require(HazardAction.VERIFY);
        Hazard next = with(HazardStatus.CLOSED, grade, handling, deadline, assignee, now, now);
        return new Changed(next, event(HazardAction.VERIFY, next, actor, reason, List.of(), now));
    }

    /** The fix is not accepted: back to rectifying, saying why. */
    public Changed reject(String actor, String reason, OffsetDateTime now) {
        require(HazardAction.REJECT);
        if (reason == null || reason.isBlank()) {
            throw new InvalidException("reason", "reason is required to reject a fix");
        }
        Hazard next = with(HazardStatus.RECTIFYING, grade, handling, deadline, assignee, closedAt, now);
        return new Changed(next, event(HazardAction.REJECT, next, actor, reason, List.of(), now));
    }

    /** A general hazard fixed while the finder is there (即查即改): closed in one step, with evidence. */
    public Changed fixOnTheSpot(List<String> evidence, String actor, String reason, OffsetDateTime now) {
        if (grade == HazardGrade.MAJOR && (status == HazardStatus.REPORTED || status == HazardStatus.CONFIRMED)) {
            throw new HazardActionRefused("cannot fix hazard " + id + " on the spot: it is major", status,
                    allowedActions());
        }
        require(HazardAction.FIX_ON_THE_SPOT);
        requireEvidence(evidence);
        Hazard next = with(HazardStatus.CLOSED, grade, Handling.ON_THE_SPOT, null, assignee != null ? assignee : actor,
                now, now);
        return new Changed(next, event(HazardAction.FIX_ON_THE_SPOT, next, actor, reason, evidence, now));
    }

    /** Whether it is open, has a deadline, and {@code today} is past it. */
    public boolean isPastDeadlineOn(LocalDate today) {
        return deadline != null && today.isAfter(deadline)
                && (status == HazardStatus.CONFIRMED || status == HazardStatus.RECTIFYING);
    }

    /** Listing for supervision (挂牌督办) holds an open major hazard's close-out until it is delisted. */
    public Changed listForSupervision(String actor, String reason, OffsetDateTime now) {
        if (grade != HazardGrade.MAJOR || !status.isOpen() || supervised) {
            throw new HazardActionRefused("cannot list hazard " + id + " for supervision: only an open major hazard "
                    + "not listed already can be", status, allowedActions());
        }
        Hazard next = withSupervised(true, now);
        return new Changed(next, event(HazardAction.LIST_FOR_SUPERVISION, next, actor, reason, List.of(), now));
    }

    public Changed delist(String actor, String reason, OffsetDateTime now) {
        Hazard next = withSupervised(false, now);
        return new Changed(next, event(HazardAction.DELIST, next, actor, reason, List.of(), now));
    }

    private void require(HazardAction action) {
        Set<HazardAction> allowed = allowedActions();
        if (!allowed.contains(action)) {
            throw new HazardActionRefused("cannot " + action.name().toLowerCase().replace('_', ' ') + " hazard " + id
                    + ": it is " + status, status, allowed);
        }
    }

    private static void requireEvidence(List<String> evidence) {
        if (evidence == null || evidence.stream().allMatch(e -> e == null || e.isBlank())) {
            throw new InvalidException("evidence", "evidence is required: at least one photo or document reference");
        }
    }

    private HazardEvent event(HazardAction action, Hazard next, String actor, String reason, List<String> evidence,
            OffsetDateTime now) {
        return new HazardEvent(id, action, status, next.status(), actor, reason, evidence, now);
    }

    private Hazard with(HazardStatus newStatus, HazardGrade newGrade, Handling newHandling, LocalDate newDeadline,
            String newAssignee, OffsetDateTime newClosedAt, OffsetDateTime now) {
        // A new deadline not yet passed lifts the overdue mark; closing does too.
        boolean stillOverdue = overdue && newStatus.isOpen() && (newDeadline == null || newDeadline.equals(deadline));
        return new Hazard(id, enterpriseId, enterpriseName, town, industryArea, supervisingDepartment, place,
                description, attachments, newGrade, source, newHandling, newDeadline, newAssignee, responsiblePerson,
                newStatus, level, stillOverdue, supervised, reportedBy, foundAt, newClosedAt, findingId, inspectionId,
                sourceRef, version + 1, createdAt, now);
    }

    private Hazard withSupervised(boolean newSupervised, OffsetDateTime now) {
        return new Hazard(id, enterpriseId, enterpriseName, town, industryArea, supervisingDepartment, place,
                description, attachments, grade, source, handling, deadline, assignee, responsiblePerson, status, level,
                overdue, newSupervised, reportedBy, foundAt, closedAt, findingId, inspectionId, sourceRef, version + 1,
                createdAt, now);
    }
}
