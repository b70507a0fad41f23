package cn.gov.sucheng.worksafety.training.session.model;

/** Which of a person's hours a session counts toward. */
public enum TrainingKind {
    /** 初次培训 */
    INITIAL,
    /** 再培训 (yearly refresher) */
    REFRESHER
}
