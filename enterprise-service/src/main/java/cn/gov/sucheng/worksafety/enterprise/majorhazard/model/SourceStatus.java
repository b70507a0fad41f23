package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

/** Whether a major hazard source is on the register or was taken off it (核销). */
public enum SourceStatus {
    REGISTERED, DEREGISTERED
}
