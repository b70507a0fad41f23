package cn.gov.sucheng.worksafety.hazard.closedloop.model;

/** What can happen to a hazard; each occurrence is kept in its history. */
public enum HazardAction {
    REPORT,
    IMPORT,
    CONFIRM,
    START_RECTIFICATION,
    SUBMIT_FIX,
    VERIFY,
    REJECT,
    FIX_ON_THE_SPOT,
    ESCALATE,
    LIST_FOR_SUPERVISION,
    DELIST
}
