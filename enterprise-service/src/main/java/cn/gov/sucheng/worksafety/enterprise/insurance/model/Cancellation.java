package cn.gov.sucheng.worksafety.enterprise.insurance.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The early end of a policy (退保).
 *
 * @param effectiveOn the first day without cover
 * @param recordedAt when it was entered
 */
public record Cancellation(LocalDate effectiveOn, String reason, String actor, OffsetDateTime recordedAt) {
}
