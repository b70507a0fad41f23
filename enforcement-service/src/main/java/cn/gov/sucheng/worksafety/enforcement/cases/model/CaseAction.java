package cn.gov.sucheng.worksafety.enforcement.cases.model;

/** The explicit actions that move a case; the API names them in lower case. */
public enum CaseAction {
    INVESTIGATE, NOTIFY, REVIEW, DISCUSS, DECIDE, EXECUTE, CLOSE, TRANSFER, EXTEND
}
