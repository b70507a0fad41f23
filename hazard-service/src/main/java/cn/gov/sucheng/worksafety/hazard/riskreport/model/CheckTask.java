package cn.gov.sucheng.worksafety.hazard.riskreport.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A check task of a control measure, repeated every {@code cycleLength} {@code cycleUnit}s. It is overdue when a
 * whole cycle passed since the last check (or since it was set, before the first) without a record.
 */
public record CheckTask(UUID id, UUID riskReportId, String description, CycleUnit cycleUnit, int cycleLength,
        OffsetDateTime lastCheckedAt, OffsetDateTime createdAt) {

    /** When the next check is due. */
    public OffsetDateTime nextDueAt() {
        OffsetDateTime from = lastCheckedAt != null ? lastCheckedAt : createdAt;
        return switch (cycleUnit) {
            case HOURS -> from.plusHours(cycleLength);
            case DAYS -> from.plusDays(cycleLength);
            case MONTHS -> from.plusMonths(cycleLength);
            case YEARS -> from.plusYears(cycleLength);
        };
    }

    public boolean isOverdueAt(OffsetDateTime now) {
        return now.isAfter(nextDueAt());
    }

    /** The task after a check at {@code checkedAt}; a record older than the last one leaves it as it is. */
    public CheckTask checkedAt(OffsetDateTime checkedAt) {
        OffsetDateTime last = lastCheckedAt == null || checkedAt.isAfter(lastCheckedAt) ? checkedAt : lastCheckedAt;
        return new CheckTask(id, riskReportId, description, cycleUnit, cycleLength, last, createdAt);
    }
}
