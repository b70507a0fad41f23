package cn.gov.sucheng.worksafety.enforcement.draw.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;

/**
 * A yearly inspection plan: its inspection-day capacity (legal working days × officers − other enforcement days −
 * non-enforcement days), the key units covered in full, and the checklist of items (一单). Ordinary units are
 * drawn at random under it.
 * <p>
 * Capacity rule: an inspection takes each of its officers one inspection day, so a key unit (inspected by the
 * minimum of two officers) takes two days and a drawn enterprise takes one day per officer drawn for it. The key
 * units and every draw of the plan together may not need more days than the plan has.
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

    /** Inspection days a key unit's yearly inspection takes: two officers (两人以上执法) for a day. */
    public static final int DAYS_PER_KEY_UNIT = 2;

    /** Inspection days the key units take. */
    public int keyUnitDays() {
        return keyUnitIds.size() * DAYS_PER_KEY_UNIT;
    }

    /**
     * Checks that the key units, the days already drawn and {@code moreDays} fit in the plan's capacity.
     *
     * @throws UnprocessableException naming the capacity and what would be needed
     */
    public void checkCapacity(int drawnDays, int moreDays) {
        int needed = keyUnitDays() + drawnDays + moreDays;
        if (needed > inspectionDays()) {
            throw new UnprocessableException("the plan has " + inspectionDays() + " inspection days; its "
                    + keyUnitIds.size() + " key units need " + keyUnitDays() + ", its draws " + drawnDays
                    + (moreDays > 0 ? ", this draw " + moreDays : "") + ": " + needed + " in all");
        }
    }

    /** The plan as revised: same id, year kept unless changed, version + 1. */
    public InspectionPlan revise(int newYear, String newTitle, int newWorkingDays, int newOfficers, int newOther,
            int newNonEnforcement, List<UUID> newKeyUnits, List<String> newChecklist) {
        return new InspectionPlan(id, newYear, newTitle, newWorkingDays, newOfficers, newOther, newNonEnforcement,
                newKeyUnits, newChecklist, createdBy, createdAt, version + 1);
    }

    /** Inspection days the plan can spend. */
    public int inspectionDays() {
        return capacity(workingDays, officers, otherEnforcementDays, nonEnforcementDays);
    }

    private static int capacity(int workingDays, int officers, int other, int nonEnforcement) {
        return workingDays * officers - other - nonEnforcement;
    }
}
