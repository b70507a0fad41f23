package cn.gov.sucheng.worksafety.enterprise.licence.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What issuing a licence takes; its expiry follows from the issue date and the {@link LicenceTerms}.
 *
 * @param scope the activities the licence permits (许可范围)
 * @param issuingAuthority the authority that issued it (发证机关)
 */
public record NewLicence(UUID enterpriseId, String number, String scope, String issuingAuthority, LocalDate issuedOn) {
}
