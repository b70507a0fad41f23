package cn.gov.sucheng.worksafety.hazard.closedloop.model;

/** 一般 (low harm, fixable at once) or 重大 (needs stoppage, or the unit cannot fix it alone). */
public enum HazardGrade {
    GENERAL,
    MAJOR
}
