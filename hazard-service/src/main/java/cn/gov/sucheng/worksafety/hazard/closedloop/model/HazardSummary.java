package cn.gov.sucheng.worksafety.hazard.closedloop.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The hazards of one enterprise in figures. */
public record HazardSummary(UUID enterpriseId, long total, long open, long openMajor, long closed, long overdue,
        OffsetDateTime lastReportedAt) {
}
