package cn.gov.sucheng.worksafety.enforcement.inspection.model;

/** How an inspection came about. */
public enum InspectionMode {
    /** 计划检查: part of the yearly plan (key units are covered in full). */
    PLANNED,
    /** 双随机: the enterprise and the officers were drawn at random. */
    RANDOM,
    /** 四不两直: no notice, no greeting, straight to the site. */
    UNANNOUNCED,
    /** 交叉执法: officers of another area. */
    CROSS_AREA,
    /** 非现场: by data (monitoring, video, records), without a visit. */
    OFF_SITE,
    /** 举报投诉: following a complaint or tip. */
    COMPLAINT
}
