package cn.gov.sucheng.worksafety.hazard.closedloop.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One step of a hazard's closed loop: who did what, when, why and with what evidence. */
public record HazardEvent(UUID hazardId, HazardAction action, HazardStatus fromStatus, HazardStatus toStatus,
        String actor, String reason, List<String> evidence, OffsetDateTime occurredAt) {

    public HazardEvent {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
