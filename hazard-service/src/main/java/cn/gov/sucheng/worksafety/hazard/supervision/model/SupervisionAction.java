package cn.gov.sucheng.worksafety.hazard.supervision.model;

/** What can happen to a listed supervision; each occurrence is kept in its history. */
public enum SupervisionAction {
    LIST,
    APPLY_FOR_ACCEPTANCE,
    ACCEPT,
    FAIL_ACCEPTANCE,
    EVALUATE,
    DELIST
}
