package cn.gov.sucheng.worksafety.enterprise.credit.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;

/**
 * A credit event (信用事件) held against an enterprise: a blacklist entry or a closure or suspension order. Its
 * state on any day follows from its dates and whether it was lifted; nothing else changes once recorded.
 *
 * @param lifting how it was lifted, or {@code null} while it was not
 * @param version 0 when recorded, one more when lifted; a lift may name the version it was based on
 */
public record CreditEvent(
        UUID id,
        UUID enterpriseId,
        CreditEventKind kind,
        CreditEventSource source,
        String outcomeId,
        String reason,
        String sourceCase,
        LocalDate startDate,
        LocalDate endDate,
        String recordedBy,
        OffsetDateTime recordedAt,
        Lifting lifting,
        long version) {

    public static CreditEvent record(UUID id, NewCreditEvent e, OffsetDateTime now) {
        return new CreditEvent(id, e.enterpriseId(), e.kind(), e.source(), e.outcomeId(), e.reason(), e.sourceCase(),
                e.startDate(), e.endDate(), e.recordedBy(), now, null, 0);
    }

    /** The state on {@code day}: a lifting counts from its day on, and wins over the end date. */
    public CreditEventState stateOn(LocalDate day) {
        if (lifting != null && !day.isBefore(lifting.liftedOn())) {
            return CreditEventState.LIFTED;
        }
        if (endDate != null && day.isAfter(endDate)) {
            return CreditEventState.ENDED;
        }
        if (day.isBefore(startDate)) {
            return CreditEventState.PENDING;
        }
        return CreditEventState.ACTIVE;
    }

    public boolean inForceOn(LocalDate day) {
        return stateOn(day) == CreditEventState.ACTIVE;
    }

    /**
     * This event lifted at {@code now} (its day is today): refused when it was lifted already or has ended,
     * since there is nothing left to lift. A pending event may be lifted before it starts.
     */
    public CreditEvent lift(String reason, String liftedBy, OffsetDateTime now) {
        String why = NewCreditEvent.text(reason, "reason", NewCreditEvent.MAX_REASON);
        String who = NewCreditEvent.text(liftedBy, "liftedBy", NewCreditEvent.MAX_REFERENCE);
        NewCreditEvent.required(why, "reason");
        NewCreditEvent.required(who, "liftedBy");
        LocalDate today = now.toLocalDate();
        switch (stateOn(today)) {
            case LIFTED -> throw new ConflictException(
                    "credit event " + id + " was already lifted on " + lifting.liftedOn());
            case ENDED -> throw new ConflictException(
                    "credit event " + id + " ended on " + endDate + "; there is nothing to lift");
            default -> {
                return new CreditEvent(id, enterpriseId, kind, source, outcomeId, this.reason, sourceCase, startDate,
                        endDate, recordedBy, recordedAt, new Lifting(today, now, why, who), version + 1);
            }
        }
    }

    /**
     * The fields in which {@code replay}, a second delivery under this event's outcome id, says something else
     * than what was recorded; empty when it is a faithful replay.
     */
    public List<String> differencesFrom(NewCreditEvent replay) {
        List<String> fields = new ArrayList<>();
        compare(fields, "enterpriseId", enterpriseId, replay.enterpriseId());
        compare(fields, "kind", kind, replay.kind());
        compare(fields, "reason", reason, replay.reason());
        compare(fields, "sourceCase", sourceCase, replay.sourceCase());
        compare(fields, "startDate", startDate, replay.startDate());
        compare(fields, "endDate", endDate, replay.endDate());
        return fields;
    }

    private static void compare(List<String> differences, String field, Object recorded, Object replayed) {
        if (!Objects.equals(recorded, replayed)) {
            differences.add(field);
        }
    }
}
