package cn.gov.sucheng.worksafety.enterprise.licence.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A work-safety licence (安全生产许可证) held by an enterprise of a high-hazard trade. It stores only its
 * dates and its {@link LicenceStanding}; its {@link LicenceState} on any day is derived by {@link #stateOn},
 * and every action checks that state first.
 *
 * @param expiresOn the last day it is valid
 * @param version counts the changes, for ETags
 */
public record Licence(
        UUID id,
        UUID enterpriseId,
        String number,
        String scope,
        String issuingAuthority,
        LocalDate issuedOn,
        LocalDate expiresOn,
        LicenceStanding standing,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static Licence issue(UUID id, NewLicence request, LicenceTerms terms, OffsetDateTime now) {
        return new Licence(id, request.enterpriseId(), request.number(), request.scope(), request.issuingAuthority(),
                request.issuedOn(), terms.expiryFor(request.issuedOn()), LicenceStanding.ACTIVE, 0, now, now);
    }

    /**
     * The state on {@code today}. Revocation is final and wins over everything; past its expiry day a licence
     * is expired even when it was suspended, since reinstating it would not bring it back into force.
     */
    public LicenceState stateOn(LocalDate today, LicenceTerms terms) {
        if (standing == LicenceStanding.REVOKED) {
            return LicenceState.REVOKED;
        }
        if (today.isAfter(expiresOn)) {
            return LicenceState.EXPIRED;
        }
        if (standing == LicenceStanding.SUSPENDED) {
            return LicenceState.SUSPENDED;
        }
        return today.isBefore(terms.renewalOpensOn(expiresOn)) ? LicenceState.VALID : LicenceState.EXPIRING;
    }

    /**
     * Extends the licence by the validity period without re-examination (延期), allowed only inside the
     * renewal window (up to and including the expiry day) and only when no fatal accident happened during
     * its validity; otherwise the enterprise must be re-examined and a new licence issued.
     */
    public Licence renew(OffsetDateTime now, LicenceTerms terms, boolean fatalAccidentInPeriod) {
        LicenceState state = stateOn(now.toLocalDate(), terms);
        switch (state) {
            case EXPIRING -> {
            }
            case VALID -> throw refused("renew", "its renewal window opens on " + terms.renewalOpensOn(expiresOn)
                    + ", before it expires on " + expiresOn);
            case EXPIRED -> throw refused("renew", "it expired on " + expiresOn
                    + "; an expired licence cannot be extended, a new licence must be issued after re-examination");
            case SUSPENDED -> throw refused("renew", "it is suspended; reinstate it before renewing");
            case REVOKED -> throw refused("renew", "it is revoked, which is final");
        }
        if (fatalAccidentInPeriod) {
            throw refused("renew", "a fatal accident happened during its validity, so it cannot be extended without "
                    + "re-examination; a new licence must be issued after re-examination");
        }
        return changed(terms.renewedExpiry(expiresOn), LicenceStanding.ACTIVE, now);
    }

    /** Suspends (暂扣) a licence in force. */
    public Licence suspend(OffsetDateTime now, LicenceTerms terms) {
        LicenceState state = stateOn(now.toLocalDate(), terms);
        if (state != LicenceState.VALID && state != LicenceState.EXPIRING) {
            throw refused("suspend", notInForce(state));
        }
        return changed(expiresOn, LicenceStanding.SUSPENDED, now);
    }

    /** Lifts a suspension of a licence that has not expired meanwhile. */
    public Licence reinstate(OffsetDateTime now, LicenceTerms terms) {
        LicenceState state = stateOn(now.toLocalDate(), terms);
        if (state != LicenceState.SUSPENDED) {
            throw refused("reinstate", state == LicenceState.VALID || state == LicenceState.EXPIRING
                    ? "it is not suspended" : notInForce(state));
        }
        return changed(expiresOn, LicenceStanding.ACTIVE, now);
    }

    /** Revokes (吊销) a licence in force or suspended; final. */
    public Licence revoke(OffsetDateTime now, LicenceTerms terms) {
        LicenceState state = stateOn(now.toLocalDate(), terms);
        if (state == LicenceState.EXPIRED || state == LicenceState.REVOKED) {
            throw refused("revoke", notInForce(state));
        }
        return changed(expiresOn, LicenceStanding.REVOKED, now);
    }

    private String notInForce(LicenceState state) {
        return switch (state) {
            case SUSPENDED -> "it is already suspended";
            case EXPIRED -> "it expired on " + expiresOn;
            case REVOKED -> "it is revoked, which is final";
            case VALID, EXPIRING -> "it is in force";
        };
    }

    private LicenceActionRefused refused(String action, String why) {
        return new LicenceActionRefused("cannot " + action + " licence " + number + ": " + why);
    }

    private Licence changed(LocalDate newExpiry, LicenceStanding newStanding, OffsetDateTime now) {
        return new Licence(id, enterpriseId, number, scope, issuingAuthority, issuedOn, newExpiry, newStanding,
                version + 1, createdAt, now);
    }
}
