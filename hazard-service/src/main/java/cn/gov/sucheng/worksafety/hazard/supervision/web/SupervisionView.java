package cn.gov.sucheng.worksafety.hazard.supervision.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.supervision.model.Supervision;
import cn.gov.sucheng.worksafety.hazard.supervision.model.SupervisionAction;
import cn.gov.sucheng.worksafety.hazard.supervision.model.SupervisionStatus;
import cn.gov.sucheng.worksafety.hazard.supervision.model.TreatmentPlan;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A listed supervision as the REST API shows it. */
@NullMarked
public record SupervisionView(UUID id, UUID hazardId, UUID enterpriseId, SupervisionStatus status,
        Set<SupervisionAction> allowedActions, String supervisingBody, TreatmentPlan plan,
        @Nullable LocalDate appliedOn, @Nullable LocalDate acceptanceDueOn, boolean acceptanceOverdue,
        @Nullable LocalDate acceptedOn, @Nullable String evaluation, @Nullable OffsetDateTime delistedAt, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static SupervisionView of(Supervision s, LocalDate today) {
        return new SupervisionView(s.id(), s.hazardId(), s.enterpriseId(), s.status(), s.allowedActions(),
                s.supervisingBody(), s.plan(), s.appliedOn(), s.acceptanceDueOn(), s.isAcceptanceOverdueOn(today),
                s.acceptedOn(), s.evaluation(), s.delistedAt(), s.version(), s.createdAt(), s.updatedAt());
    }
}
