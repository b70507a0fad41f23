package cn.gov.sucheng.worksafety.enterprise.licence.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of a licence's history: what was done, by whom, when and why.
 *
 * @param expiresOn the licence's expiry day after the action, so that a renewal shows what it extended to
 * @param reason why; required for suspension and revocation, optional otherwise
 */
public record LicenceEvent(UUID licenceId, LicenceAction action, String actor, String reason, LocalDate expiresOn,
        OffsetDateTime occurredAt) {
}
