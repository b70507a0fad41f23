package cn.gov.sucheng.worksafety.enterprise.licence.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.licence.application.LicenceSummary;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceState;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;

/** A licence as the REST API shows it, with its state on the day it was read. */
@NullMarked
public record LicenceView(
        UUID id,
        UUID enterpriseId,
        String number,
        String scope,
        String issuingAuthority,
        LocalDate issuedOn,
        @Schema(description = "The last day the licence is valid") LocalDate expiresOn,
        @Schema(description = "The first day renewal may be applied for") LocalDate renewalOpensOn,
        @Schema(description = "Derived from the dates and the authority's actions on the day of reading")
        LicenceState state,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static LicenceView of(LicenceSummary s) {
        return new LicenceView(s.id(), s.enterpriseId(), s.number(), s.scope(), s.issuingAuthority(), s.issuedOn(),
                s.expiresOn(), s.renewalOpensOn(), s.state(), s.version(), s.createdAt(), s.updatedAt());
    }
}
