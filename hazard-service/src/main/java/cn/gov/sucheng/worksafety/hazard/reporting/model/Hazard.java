package cn.gov.sucheng.worksafety.hazard.reporting.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A hazard (事故隐患) at an enterprise. The supervising department is copied from the registry when the
 * hazard is reported, so the hazard's own reads never wait on enterprise-service.
 */
public record Hazard(
        UUID id,
        UUID enterpriseId,
        String enterpriseName,
        String supervisingDepartment,
        String description,
        HazardGrade grade,
        HazardSource source,
        HazardStatus status,
        String reportedBy,
        OffsetDateTime foundAt,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
