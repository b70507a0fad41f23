package cn.gov.sucheng.worksafety.enforcement.inspection.model;

/** How serious a finding is, as hazard-service grades hazards (隐患等级). */
public enum FindingGrade {
    /** 一般隐患 */
    GENERAL,
    /** 重大隐患 */
    MAJOR
}
