package cn.gov.sucheng.worksafety.hazard.closedloop.application;

import org.jspecify.annotations.NullMarked;

/** Overdue hazards of one town or department: all of them, the major ones, those escalated to the district. */
@NullMarked
public record OverdueCount(String key, long overdue, long major, long atDistrict) {
}
