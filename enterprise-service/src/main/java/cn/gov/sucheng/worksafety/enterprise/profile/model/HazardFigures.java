package cn.gov.sucheng.worksafety.enterprise.profile.model;

import java.time.OffsetDateTime;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What hazard-service knows of an enterprise, in figures: its hazards (open, overdue, major), the major ones
 * listed for supervision (挂牌督办) and not yet delisted, and its accidents with their deaths.
 */
@NullMarked
public record HazardFigures(long total, long open, long openMajor, long closed, @Nullable OffsetDateTime lastReportedAt,
        long overdue, long majorUnderSupervision, long accidents, long accidentDeaths) {
}
