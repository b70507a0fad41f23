package cn.gov.sucheng.worksafety.enforcement.draw.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.draw.model.InspectionPlan;
import org.jspecify.annotations.NullMarked;

/** A plan with its computed inspection-day capacity. */
@NullMarked
record PlanView(UUID id, int year, String title, int workingDays, int officers, int otherEnforcementDays,
        int nonEnforcementDays, int inspectionDays, List<UUID> keyUnitIds, List<String> checklist, String createdBy,
        OffsetDateTime createdAt, int keyUnitDays, long version) {

    static PlanView of(InspectionPlan p) {
        return new PlanView(p.id(), p.year(), p.title(), p.workingDays(), p.officers(), p.otherEnforcementDays(),
                p.nonEnforcementDays(), p.inspectionDays(), p.keyUnitIds(), p.checklist(), p.createdBy(), p.createdAt(),
                p.keyUnitDays(), p.version());
    }
}
