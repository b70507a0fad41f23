package cn.gov.sucheng.worksafety.hazard.reporting.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.reporting.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardSource;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardStatus;

/** A hazard as the REST API shows it. */
public record HazardView(UUID id, UUID enterpriseId, String enterpriseName, String supervisingDepartment,
        String description, HazardGrade grade, HazardSource source, HazardStatus status, String reportedBy,
        OffsetDateTime foundAt, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static HazardView of(Hazard h) {
        return new HazardView(h.id(), h.enterpriseId(), h.enterpriseName(), h.supervisingDepartment(),
                h.description(), h.grade(), h.source(), h.status(), h.reportedBy(), h.foundAt(), h.version(),
                h.createdAt(), h.updatedAt());
    }
}
