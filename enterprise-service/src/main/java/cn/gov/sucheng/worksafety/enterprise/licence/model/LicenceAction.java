package cn.gov.sucheng.worksafety.enterprise.licence.model;

/** What can happen to a licence; each occurrence is kept in its history. */
public enum LicenceAction {
    ISSUE,
    RENEW,
    SUSPEND,
    REINSTATE,
    REVOKE
}
