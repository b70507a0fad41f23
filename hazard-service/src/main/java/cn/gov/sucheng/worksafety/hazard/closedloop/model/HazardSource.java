package cn.gov.sucheng.worksafety.hazard.closedloop.model;

/** Who found a hazard. */
public enum HazardSource {
    /** 企业自查 */
    SELF_INSPECTION,
    /** 网格员 */
    GRID_WORKER,
    /** A finding of an inspection (from enforcement-service). */
    INSPECTION_FINDING,
    /** 随手拍 / 举报 */
    PUBLIC_TIP,
    MONITORING_ALERT
}
