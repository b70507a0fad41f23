package cn.gov.sucheng.worksafety.training.coverage.application;

/** What coverage figures are grouped by. */
public enum CoverageGrouping {
    ENTERPRISE, TOWN, INDUSTRY_AREA
}
