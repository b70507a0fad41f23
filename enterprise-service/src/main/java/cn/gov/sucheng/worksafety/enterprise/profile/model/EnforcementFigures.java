package cn.gov.sucheng.worksafety.enterprise.profile.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What enforcement-service knows of an enterprise: its inspections and penalty cases, in figures and the latest. */
public record EnforcementFigures(long inspections, OffsetDateTime lastInspectedAt, long cases, long openCases,
        BigDecimal finesTotal, List<RecentInspection> recentInspections, List<RecentCase> recentCases) {

    public record RecentInspection(String id, OffsetDateTime startedAt, String mode, String conclusion, int findings) {
    }

    public record RecentCase(String id, String state, String violationType, LocalDate filedOn, BigDecimal fine) {
    }
}
