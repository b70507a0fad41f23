package cn.gov.sucheng.worksafety.hazard.riskreport.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A check done for a task; a failed check became the hazard {@code hazardId}. */
@NullMarked
public record CheckRecord(UUID id, UUID taskId, OffsetDateTime checkedAt, String checker, boolean passed,
        @Nullable String note, @Nullable UUID hazardId) {
}
