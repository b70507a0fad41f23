package cn.gov.sucheng.worksafety.enterprise.licence.model;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LicenceTermsTest {

    static final LicenceTerms TERMS = new LicenceTerms(3, Period.ofMonths(3));

    @Test
    void aLicenceRunsToTheDayBeforeTheSameDateThreeYearsLater() {
        assertThat(TERMS.expiryFor(LocalDate.of(2024, 3, 15))).isEqualTo(LocalDate.of(2027, 3, 14));
        assertThat(TERMS.expiryFor(LocalDate.of(2024, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aLicenceIssuedOnALeapDayStillRunsTheFullYears() {
        assertThat(TERMS.expiryFor(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(TERMS.expiryFor(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aLicenceEndingInALeapYearFebruaryRunsToTheLeapDay() {
        assertThat(TERMS.expiryFor(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void anExtensionRunsTheValidityFromTheDayAfterTheOldExpiryLeavingNoGap() {
        assertThat(TERMS.renewedExpiry(LocalDate.of(2027, 3, 14))).isEqualTo(LocalDate.of(2030, 3, 14));
        assertThat(TERMS.renewedExpiry(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(TERMS.renewedExpiry(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(TERMS.renewedExpiry(LocalDate.of(2028, 2, 28))).isEqualTo(LocalDate.of(2031, 2, 28));
    }

    @Test
    void theRenewalWindowOpensThreeMonthsBeforeExpiryClampedAtMonthEnds() {
        assertThat(TERMS.renewalOpensOn(LocalDate.of(2027, 3, 14))).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(TERMS.renewalOpensOn(LocalDate.of(2027, 5, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void theWindowCanBeConfiguredInDays() {
        LicenceTerms days = new LicenceTerms(3, Period.ofDays(90));
        assertThat(days.renewalOpensOn(LocalDate.of(2027, 3, 14))).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(days.latestExpiryInWindowOn(LocalDate.of(2026, 12, 14))).isEqualTo(LocalDate.of(2027, 3, 14));
    }

    @Test
    void theLatestExpiryInsideTheWindowAccountsForClampedMonthEnds() {
        assertThat(TERMS.latestExpiryInWindowOn(LocalDate.of(2026, 12, 14))).isEqualTo(LocalDate.of(2027, 3, 14));
        // 05-29, 05-30 and 05-31 all open on 02-28.
        assertThat(TERMS.latestExpiryInWindowOn(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2027, 5, 31));
    }

    @Test
    void theLatestExpiryInsideTheWindowAgreesWithTheWindowForEveryDayOfTwoYears() {
        for (LicenceTerms terms : new LicenceTerms[] { TERMS, new LicenceTerms(3, Period.of(0, 1, 2)),
                new LicenceTerms(3, Period.ofDays(90)) }) {
            for (LocalDate today = LocalDate.of(2027, 1, 1); today.isBefore(LocalDate.of(2029, 1, 1));
                    today = today.plusDays(1)) {
                LocalDate edge = terms.latestExpiryInWindowOn(today);
                assertThat(terms.renewalOpensOn(edge)).as("%s %s", terms, today).isBeforeOrEqualTo(today);
                assertThat(terms.renewalOpensOn(edge.plusDays(1))).as("%s %s", terms, today).isAfter(today);
            }
        }
    }

    @Test
    void refusesNonsenseTerms() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LicenceTerms(0, Period.ofMonths(3)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LicenceTerms(3, Period.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new LicenceTerms(3, Period.ofDays(-1)));
    }
}
