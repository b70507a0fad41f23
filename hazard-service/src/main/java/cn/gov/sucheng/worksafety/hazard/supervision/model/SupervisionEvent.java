package cn.gov.sucheng.worksafety.hazard.supervision.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a supervision: who, what, when, and a note. */
public record SupervisionEvent(UUID supervisionId, SupervisionAction action, SupervisionStatus toStatus, String actor,
        String note, OffsetDateTime occurredAt) {
}
