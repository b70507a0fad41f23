package cn.gov.sucheng.worksafety.hazard.closedloop.application;

/** Overdue hazards of one town or department: all of them, the major ones, those escalated to the district. */
public record OverdueCount(String key, long overdue, long major, long atDistrict) {
}
