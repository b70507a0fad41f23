package cn.gov.sucheng.worksafety.enforcement.draw.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * A yearly inspection plan: its inspection-day capacity (legal working days × officers − other enforcement days −
 * non-enforcement days), the key units covered in full, and the checklist of items (一单). Ordinary units are
 * drawn at random under it.
 */
public record InspectionPlan(UUID id, int year, String title, int workingDays, int officers,
        int otherEnforcementDays, int nonEnforcementDays, List<UUID> keyUnitIds, List<String> checklist,
        String createdBy, OffsetDateTime createdAt, long version) {

    public InspectionPlan {
        keyUnitIds = List.copyOf(keyUnitIds);
        checklist = List.copyOf(checklist);
        if (workingDays > 366) {
            throw new InvalidException("workingDays", "a year has at most 366 days");
        }
        if (capacity(workingDays, officers, otherEnforcementDays, nonEnforcementDays) < 0) {
            throw new InvalidException("nonEnforcementDays", "other and non-enforcement days exceed working days × officers");
        }
    }

    /** Inspection days the plan can spend. */
    public int inspectionDays() {
        return capacity(workingDays, officers, otherEnforcementDays, nonEnforcementDays);
    }

    private static int capacity(int workingDays, int officers, int other, int nonEnforcement) {
        return workingDays * officers - other - nonEnforcement;
    }
}
