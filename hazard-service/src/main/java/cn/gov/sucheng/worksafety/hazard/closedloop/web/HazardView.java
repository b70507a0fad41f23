package cn.gov.sucheng.worksafety.hazard.closedloop.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.closedloop.model.Handling;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardAction;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSource;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardStatus;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Level;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A hazard as the REST API shows it, with the actions its state allows now. */
@NullMarked
public record HazardView(UUID id, UUID enterpriseId, String enterpriseName, @Nullable String town,
        @Nullable String industryArea, String supervisingDepartment, @Nullable String place, String description,
        List<String> attachments, HazardGrade grade, HazardSource source, @Nullable Handling handling,
        @Nullable LocalDate deadline, @Nullable String assignee, @Nullable String responsiblePerson,
        HazardStatus status, Level level, boolean overdue, boolean supervised, Set<HazardAction> allowedActions,
        @Nullable String reportedBy, OffsetDateTime foundAt, @Nullable OffsetDateTime closedAt,
        @Nullable UUID findingId, @Nullable String sourceRef, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static HazardView of(Hazard h) {
        return new HazardView(h.id(), h.enterpriseId(), h.enterpriseName(), h.town(), h.industryArea(),
                h.supervisingDepartment(), h.place(), h.description(), h.attachments(), h.grade(), h.source(),
                h.handling(), h.deadline(), h.assignee(), h.responsiblePerson(), h.status(), h.level(), h.overdue(),
                h.supervised(), h.allowedActions(), h.reportedBy(), h.foundAt(), h.closedAt(), h.findingId(),
                h.sourceRef(), h.version(), h.createdAt(), h.updatedAt());
    }
}
