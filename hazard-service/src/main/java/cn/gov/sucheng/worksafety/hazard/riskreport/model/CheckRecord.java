package cn.gov.sucheng.worksafety.hazard.riskreport.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A check done for a task; a failed check became the hazard {@code hazardId}. */
public record CheckRecord(UUID id, UUID taskId, OffsetDateTime checkedAt, String checker, boolean passed, String note,
        UUID hazardId) {
}
