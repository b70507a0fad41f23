package cn.gov.sucheng.worksafety.enforcement.inspection.application;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.model.InspectionMode;
import cn.gov.sucheng.worksafety.platform.domain.Texts;

/**
 * Which inspections a list shows; null fields match any, and a blank town is none. Dates are inclusive, on the day
 * inspected.
 */
public record InspectionFilter(UUID enterpriseId, InspectionMode mode, String town, LocalDate from, LocalDate to) {

    public InspectionFilter {
        town = Texts.given(town);
    }
}
