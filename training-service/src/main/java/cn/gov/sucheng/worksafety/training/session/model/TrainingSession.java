package cn.gov.sucheng.worksafety.training.session.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A training session (培训班): its hours count for every attendee.
 *
 * @param attendeeIds the trainees who attended
 */
public record TrainingSession(UUID id, String title, TrainingKind kind, LocalDate heldOn, int hours, String provider,
        List<UUID> attendeeIds, String recordedBy, OffsetDateTime createdAt) {
}
