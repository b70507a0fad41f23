package cn.gov.sucheng.worksafety.enterprise.credit.model;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * What recording a credit event takes, checked on construction: every broken rule is a {@link InvalidException}
 * naming the field. Optional texts are trimmed and blank ones become {@code null}, so that a replayed outcome
 * compares equal whatever whitespace its sender added.
 *
 * @param outcomeId the sender's idempotency key (e.g. the case decision id); required for enforcement outcomes
 * @param sourceCase the reference of the case the event comes from; required for a blacklist entry and for
 *        every enforcement outcome
 * @param endDate the last day in force, after {@code startDate}; required for a suspension, refused for a closure
 * @param recordedBy who entered it; required when district staff enter it by hand
 */
public record NewCreditEvent(
        UUID enterpriseId,
        CreditEventKind kind,
        CreditEventSource source,
        String outcomeId,
        String reason,
        String sourceCase,
        LocalDate startDate,
        LocalDate endDate,
        String recordedBy) {

    public static final int MAX_REASON = 500;
    public static final int MAX_REFERENCE = 100;

    public NewCreditEvent {
        outcomeId = text(outcomeId, "outcomeId", MAX_REFERENCE);
        reason = text(reason, "reason", MAX_REASON);
        sourceCase = text(sourceCase, "sourceCase", MAX_REFERENCE);
        recordedBy = text(recordedBy, "recordedBy", MAX_REFERENCE);
        required(enterpriseId, "enterpriseId");
        required(kind, "kind");
        required(source, "source");
        required(reason, "reason");
        required(startDate, "startDate");
        if (endDate != null && !endDate.isAfter(startDate)) {
            throw new InvalidException("endDate", "must be after the start date " + startDate);
        }
        if (kind == CreditEventKind.CLOSURE_ORDER && endDate != null) {
            throw new InvalidException("endDate", "must be empty: a closure order has no end, it can only be lifted");
        }
        if (kind == CreditEventKind.SUSPENSION_ORDER && endDate == null) {
            throw new InvalidException("endDate", "is required for a suspension order");
        }
        if ((kind == CreditEventKind.BLACKLIST || source == CreditEventSource.ENFORCEMENT_CASE) && sourceCase == null) {
            throw new InvalidException("sourceCase", "is required for a blacklist entry and for an enforcement outcome");
        }
        if (source == CreditEventSource.ENFORCEMENT_CASE && outcomeId == null) {
            throw new InvalidException("outcomeId", "is required for an enforcement outcome");
        }
        if (source == CreditEventSource.MANUAL && recordedBy == null) {
            throw new InvalidException("recordedBy", "is required when staff record an event by hand");
        }
    }

    static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new InvalidException(field, "must have at most " + maxLength + " characters");
        }
        return trimmed;
    }

    static void required(Object value, String field) {
        if (value == null) {
            throw new InvalidException(field, "is required");
        }
    }
}
