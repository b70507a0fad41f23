package cn.gov.sucheng.worksafety.hazard.closedloop.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A hazard another system already holds (a district system, an earlier register), taken over with the state it
 * has there. {@code sourceRef} is that system's id of it: importing the same record again adds nothing.
 */
public record HazardImport(String sourceRef, UUID enterpriseId, String place, String description, HazardGrade grade,
        HazardSource source, Handling handling, LocalDate deadline, String assignee, String reportedBy,
        OffsetDateTime foundAt, HazardStatus status, OffsetDateTime closedAt) {
}
