package cn.gov.sucheng.worksafety.training.session.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.training.session.model.TrainingKind;
import cn.gov.sucheng.worksafety.training.session.model.TrainingSession;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/** A training session as the REST API shows it. */
@NullMarked
public record SessionView(UUID id, String title, TrainingKind kind, LocalDate heldOn, int hours, String provider,
        @Schema(description = "The trainees who attended; a town-level client sees only its own town's")
        List<UUID> attendeeIds, String recordedBy, OffsetDateTime createdAt) {

    static SessionView of(TrainingSession s) {
        return new SessionView(s.id(), s.title(), s.kind(), s.heldOn(), s.hours(), s.provider(), s.attendeeIds(),
                s.recordedBy(), s.createdAt());
    }
}
