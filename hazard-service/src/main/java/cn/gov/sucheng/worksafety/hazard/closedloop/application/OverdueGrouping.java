package cn.gov.sucheng.worksafety.hazard.closedloop.application;

/** How overdue hazards are counted: per town (镇/街道) or per supervising department. */
public enum OverdueGrouping {
    TOWN,
    DEPARTMENT
}
