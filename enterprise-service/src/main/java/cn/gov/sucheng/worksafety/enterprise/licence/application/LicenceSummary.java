package cn.gov.sucheng.worksafety.enterprise.licence.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.licence.model.Licence;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceState;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceTerms;

/**
 * A licence together with its state on the day it was read, as every use case answers it and as an
 * enterprise profile (一企一档) shows it.
 *
 * @param renewalOpensOn the first day its renewal may be applied for
 */
public record LicenceSummary(
        UUID id,
        UUID enterpriseId,
        String number,
        String scope,
        String issuingAuthority,
        LocalDate issuedOn,
        LocalDate expiresOn,
        LocalDate renewalOpensOn,
        LicenceState state,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static LicenceSummary of(Licence l, LocalDate today, LicenceTerms terms) {
        return new LicenceSummary(l.id(), l.enterpriseId(), l.number(), l.scope(), l.issuingAuthority(), l.issuedOn(),
                l.expiresOn(), terms.renewalOpensOn(l.expiresOn()), l.stateOn(today, terms), l.version(),
                l.createdAt(), l.updatedAt());
    }
}
