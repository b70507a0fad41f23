package cn.gov.sucheng.worksafety.hazard.closedloop.model;

/** Who follows a hazard up: the town (镇/街道) first, the district once the hazard is overdue. */
public enum Level {
    TOWN,
    DISTRICT
}
