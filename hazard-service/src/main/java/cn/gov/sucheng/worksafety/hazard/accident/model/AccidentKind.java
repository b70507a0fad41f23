package cn.gov.sucheng.worksafety.hazard.accident.model;

/** An accident (事故) or a near miss (未遂事件). */
public enum AccidentKind {
    ACCIDENT,
    NEAR_MISS
}
