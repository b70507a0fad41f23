package cn.gov.sucheng.worksafety.enterprise.profile.model;

import java.time.OffsetDateTime;

/**
 * What hazard-service knows of an enterprise, in figures: its hazards (open, overdue, major), the major ones
 * listed for supervision (挂牌督办) and not yet delisted, and its accidents with their deaths.
 */
public record HazardFigures(long total, long open, long openMajor, long closed, OffsetDateTime lastReportedAt,
        long overdue, long majorUnderSupervision, long accidents, long accidentDeaths) {
}
