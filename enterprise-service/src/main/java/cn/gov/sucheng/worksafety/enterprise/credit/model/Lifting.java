package cn.gov.sucheng.worksafety.enterprise.credit.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The lifting of a credit event (解除): from {@code liftedOn} on it is no longer in force. The day is kept
 * beside the instant because "in force on a day" is asked in the district's calendar, not in UTC.
 */
public record Lifting(LocalDate liftedOn, OffsetDateTime liftedAt, String reason, String liftedBy) {
}
