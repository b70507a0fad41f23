package cn.gov.sucheng.worksafety.enterprise.insurance.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The filters of the policy list; a null filter does not narrow.
 *
 * @param inForceOn only policies covering their enterprise on this day
 */
public record PolicyQuery(UUID enterpriseId, LocalDate inForceOn) {
}
