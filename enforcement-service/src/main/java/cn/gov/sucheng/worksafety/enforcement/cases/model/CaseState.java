package cn.gov.sucheng.worksafety.enforcement.cases.model;

/** Where a penalty case stands (DOMAIN.md § Enforcement, case lifecycle). */
public enum CaseState {
    /** 立案 */
    FILED,
    /** 调查取证 done */
    INVESTIGATED,
    /** 告知: the intended penalty was notified, with the right to a defence or a hearing */
    NOTIFIED,
    /** 法制审核 passed */
    LEGAL_REVIEWED,
    /** 集体讨论 held (major cases) */
    DISCUSSED,
    /** 作出决定 */
    DECIDED,
    /** 执行: paid or enforced by the court */
    EXECUTED,
    /** 结案 */
    CLOSED,
    /** 移送司法: handed to criminal justice */
    TRANSFERRED
}
