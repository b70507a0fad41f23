package cn.gov.sucheng.worksafety.enforcement.inspection.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An inspection as the officers record it, before it is checked and stored. */
public record NewInspection(UUID enterpriseId, InspectionMode mode, String place, OffsetDateTime startedAt,
        OffsetDateTime endedAt, List<InspectingOfficer> officers, List<String> personsPresent,
        List<String> itemsChecked, List<NewFinding> findings, String reportText, String conclusion, UUID drawId,
        String recordedBy) {
}
