package cn.gov.sucheng.worksafety.hazard.closedloop.application;

/** What hazard statistics are counted per. */
public enum StatisticsGrouping {
    ENTERPRISE,
    TOWN,
    INDUSTRY,
    /** Everything found in the period, as one row. */
    ALL
}
