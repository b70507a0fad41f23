package cn.gov.sucheng.worksafety.hazard.closedloop.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What a reporter says of a hazard they found; handling, deadline and people may be left to confirmation. */
public record HazardReport(UUID enterpriseId, String place, String description, List<String> attachments,
        HazardGrade grade, HazardSource source, Handling handling, LocalDate deadline, String responsiblePerson,
        String reportedBy, OffsetDateTime foundAt) {

    public HazardReport {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
