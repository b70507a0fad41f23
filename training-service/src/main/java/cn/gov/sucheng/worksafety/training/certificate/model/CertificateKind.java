package cn.gov.sucheng.worksafety.training.certificate.model;

/** Which certificate: both follow the same validity and review rules. */
public enum CertificateKind {
    /** 特种作业操作证 */
    SPECIAL_OPERATION,
    /** 安全生产知识和管理能力考核合格证 of principals and safety managers */
    KEY_POST_SAFETY
}
