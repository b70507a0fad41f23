package cn.gov.sucheng.worksafety.enterprise.insurance.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The early end of a policy (退保).
 *
 * @param effectiveOn the first day without cover
 * @param recordedAt when it was entered
 */
@NullMarked
public record Cancellation(LocalDate effectiveOn,
        // reason and recordedAt: their columns are nullable, the table's check ties only cancelled_by to cancelled_from
        @Nullable String reason, String actor, @Nullable OffsetDateTime recordedAt) {
}
