package cn.gov.sucheng.worksafety.enterprise.licence.application;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceState;

/**
 * The filters of the licence list; a null filter does not narrow.
 *
 * @param expiringWithinDays only licences in force (not suspended or revoked) whose expiry day is today or
 *        within this many days, for reminders
 */
public record LicenceQuery(UUID enterpriseId, LicenceState state, Integer expiringWithinDays) {
}
