package cn.gov.sucheng.worksafety.enterprise.profile.model;

import java.time.OffsetDateTime;

/** What hazard-service knows of an enterprise, in figures. */
public record HazardFigures(long total, long open, long openMajor, long closed, OffsetDateTime lastReportedAt) {
}
