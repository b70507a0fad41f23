package cn.gov.sucheng.worksafety.enterprise.licence.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import cn.gov.sucheng.worksafety.platform.time.Validity;

/**
 * How long a work-safety licence lasts and when its renewal may be applied for. The regulation
 * (安全生产许可证条例) gives 3 years and an application 3 months before expiry; both are configurable.
 *
 * @param validityYears how many years a licence, or an extension of it, runs
 * @param renewalWindow how long before the expiry day the renewal may be applied for
 */
public record LicenceTerms(int validityYears, Period renewalWindow) {

    public LicenceTerms {
        Objects.requireNonNull(renewalWindow, "renewalWindow");
        if (validityYears < 1) {
            throw new IllegalArgumentException("validityYears must be 1 or more, is " + validityYears);
        }
        if (renewalWindow.isNegative() || renewalWindow.isZero()) {
            throw new IllegalArgumentException("renewalWindow must be positive, is " + renewalWindow);
        }
    }

    /**
     * The last day a licence issued on {@code issuedOn} is valid, by the suite's {@link Validity} rule
     * (2024-03-15 to 2027-03-14; 2024-02-29 to 2027-02-28).
     */
    public LocalDate expiryFor(LocalDate issuedOn) {
        return Validity.ofYears(issuedOn, validityYears).lastDay();
    }

    /** The new last valid day after an extension, which runs from the day after the old one: no gap. */
    public LocalDate renewedExpiry(LocalDate expiresOn) {
        return Validity.ofYears(expiresOn.plusDays(1), validityYears).lastDay();
    }

    /** The first day the renewal of a licence expiring on {@code expiresOn} may be applied for. */
    public LocalDate renewalOpensOn(LocalDate expiresOn) {
        return expiresOn.minus(renewalWindow);
    }

    /**
     * The latest expiry day whose renewal window is open on {@code today}, so that a store can find the
     * expiring licences by comparing dates. Month arithmetic clamps at month ends (05-31 minus 3 months is
     * 02-28), so the edge is searched from {@code today + window} rather than assumed to be it.
     */
    public LocalDate latestExpiryInWindowOn(LocalDate today) {
        LocalDate expiry = today.plus(renewalWindow);
        while (renewalOpensOn(expiry).isAfter(today)) {
            expiry = expiry.minusDays(1);
        }
        while (!renewalOpensOn(expiry.plusDays(1)).isAfter(today)) {
            expiry = expiry.plusDays(1);
        }
        return expiry;
    }
}
