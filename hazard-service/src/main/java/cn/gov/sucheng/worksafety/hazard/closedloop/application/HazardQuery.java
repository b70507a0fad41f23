package cn.gov.sucheng.worksafety.hazard.closedloop.application;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSource;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardStatus;

/** The filters of the hazard list; null means "any". Dates bound the day the hazard was found, both included. */
public record HazardQuery(UUID enterpriseId, String town, String industryArea, String supervisingDepartment,
        HazardGrade grade, HazardStatus status, HazardSource source, Boolean overdue, LocalDate foundFrom,
        LocalDate foundTo) {

    public HazardQuery inTown(String town) {
        return new HazardQuery(enterpriseId, town, industryArea, supervisingDepartment, grade, status, source, overdue,
                foundFrom, foundTo);
    }
}
