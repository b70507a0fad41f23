package cn.gov.sucheng.worksafety.enterprise.licence.model;

/**
 * What the authority has done to a licence, the only part of its state that is stored: whether it is
 * valid, expiring or expired follows from its dates and the day it is looked at (see {@link LicenceState}).
 */
public enum LicenceStanding {
    ACTIVE,
    SUSPENDED,
    REVOKED
}
