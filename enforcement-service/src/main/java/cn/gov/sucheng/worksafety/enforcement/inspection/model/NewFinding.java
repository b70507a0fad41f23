package cn.gov.sucheng.worksafety.enforcement.inspection.model;

import java.time.LocalDate;

/** A finding as the officers record it. */
public record NewFinding(String description, String place, FindingGrade grade, LocalDate deadline) {
}
