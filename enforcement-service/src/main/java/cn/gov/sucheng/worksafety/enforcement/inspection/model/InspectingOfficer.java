package cn.gov.sucheng.worksafety.enforcement.inspection.model;

/** An officer who took part in an inspection, with the enforcement badge number (执法证号) shown on site. */
public record InspectingOfficer(String badgeNumber, String name) {
}
