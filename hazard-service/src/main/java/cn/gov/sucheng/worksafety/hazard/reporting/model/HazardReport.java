package cn.gov.sucheng.worksafety.hazard.reporting.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a reporter says of a hazard they found. */
public record HazardReport(UUID enterpriseId, String description, HazardGrade grade, HazardSource source,
        String reportedBy, OffsetDateTime foundAt) {
}
