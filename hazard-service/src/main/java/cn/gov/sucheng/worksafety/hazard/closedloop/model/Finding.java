package cn.gov.sucheng.worksafety.hazard.closedloop.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What an inspection found (from enforcement-service); {@code findingId} makes its delivery idempotent. */
public record Finding(UUID findingId, UUID inspectionId, UUID enterpriseId, String description, String place,
        HazardGrade grade, LocalDate deadline, OffsetDateTime foundAt, List<String> officerBadges) {

    public Finding {
        officerBadges = officerBadges == null ? List.of() : List.copyOf(officerBadges);
    }
}
