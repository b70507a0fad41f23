package cn.gov.sucheng.worksafety.hazard.riskreport.model;

/** The unit of a check task's cycle. */
public enum CycleUnit {
    HOURS,
    DAYS,
    MONTHS,
    YEARS
}
