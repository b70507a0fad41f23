package cn.gov.sucheng.worksafety.hazard.accident.model;

/** Where the investigation of an accident stands; it moves forward only (四不放过 until concluded). */
public enum Investigation {
    NOT_STARTED,
    INVESTIGATING,
    CONCLUDED
}
