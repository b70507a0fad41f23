package cn.gov.sucheng.worksafety.enterprise.licence.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The licence's state machine. A licence issued 2024-03-15 expires 2027-03-14; its renewal window opens
 * 2026-12-14.
 */
class LicenceTest {

    static final LicenceTerms TERMS = new LicenceTerms(3, Period.ofMonths(3));
    static final LocalDate ISSUED = LocalDate.of(2024, 3, 15);
    static final LocalDate EXPIRY = LocalDate.of(2027, 3, 14);
    static final LocalDate WINDOW_OPENS = LocalDate.of(2026, 12, 14);
    static final LocalDate MID_TERM = LocalDate.of(2025, 6, 1);

    static Licence issued() {
        return Licence.issue(UUID.randomUUID(), new NewLicence(UUID.randomUUID(), "(苏)WH安许证字[N00123]", "硫酸生产",
                "江苏省应急管理厅", ISSUED), TERMS, at(ISSUED));
    }

    static OffsetDateTime at(LocalDate day) {
        return OffsetDateTime.of(day, LocalTime.of(10, 0), ZoneOffset.ofHours(8));
    }

    static Licence withStanding(LicenceStanding standing) {
        Licence l = issued();
        return new Licence(l.id(), l.enterpriseId(), l.number(), l.scope(), l.issuingAuthority(), l.issuedOn(),
                l.expiresOn(), standing, l.version(), l.createdAt(), l.updatedAt());
    }

    /** A licence and a day on which it is in {@code state}. */
    record Situation(Licence licence, LocalDate today) {

        static Situation in(LicenceState state) {
            return switch (state) {
                case VALID -> new Situation(issued(), MID_TERM);
                case EXPIRING -> new Situation(issued(), LocalDate.of(2027, 1, 20));
                case EXPIRED -> new Situation(issued(), EXPIRY.plusDays(1));
                case SUSPENDED -> new Situation(withStanding(LicenceStanding.SUSPENDED), MID_TERM);
                case REVOKED -> new Situation(withStanding(LicenceStanding.REVOKED), MID_TERM);
            };
        }
    }

    @Nested
    class Issuing {

        @Test
        void aNewLicenceIsActiveAndRunsTheConfiguredYears() {
            Licence licence = issued();

            assertThat(licence.standing()).isEqualTo(LicenceStanding.ACTIVE);
            assertThat(licence.expiresOn()).isEqualTo(EXPIRY);
            assertThat(licence.version()).isZero();
            assertThat(licence.stateOn(ISSUED, TERMS)).isEqualTo(LicenceState.VALID);
        }
    }

    @Nested
    class DerivedState {

        @Test
        void isValidUpToTheDayBeforeTheWindowOpens() {
            assertThat(issued().stateOn(WINDOW_OPENS.minusDays(1), TERMS)).isEqualTo(LicenceState.VALID);
        }

        @Test
        void isExpiringFromTheDayTheWindowOpens() {
            assertThat(issued().stateOn(WINDOW_OPENS, TERMS)).isEqualTo(LicenceState.EXPIRING);
        }

        @Test
        void isStillExpiringOnTheExpiryDay() {
            assertThat(issued().stateOn(EXPIRY, TERMS)).isEqualTo(LicenceState.EXPIRING);
        }

        @Test
        void isExpiredTheDayAfter() {
            assertThat(issued().stateOn(EXPIRY.plusDays(1), TERMS)).isEqualTo(LicenceState.EXPIRED);
        }

        @Test
        void aSuspendedLicenceIsSuspendedUpToAndOnItsExpiryDay() {
            Licence suspended = withStanding(LicenceStanding.SUSPENDED);

            assertThat(suspended.stateOn(MID_TERM, TERMS)).isEqualTo(LicenceState.SUSPENDED);
            assertThat(suspended.stateOn(WINDOW_OPENS, TERMS)).isEqualTo(LicenceState.SUSPENDED);
            assertThat(suspended.stateOn(EXPIRY, TERMS)).isEqualTo(LicenceState.SUSPENDED);
        }

        @Test
        void aSuspendedLicenceIsExpiredTheDayAfterItsExpiry() {
            assertThat(withStanding(LicenceStanding.SUSPENDED).stateOn(EXPIRY.plusDays(1), TERMS))
                    .isEqualTo(LicenceState.EXPIRED);
        }

        @Test
        void aRevokedLicenceIsRevokedBeforeAndAfterItsExpiry() {
            Licence revoked = withStanding(LicenceStanding.REVOKED);

            assertThat(revoked.stateOn(MID_TERM, TERMS)).isEqualTo(LicenceState.REVOKED);
            assertThat(revoked.stateOn(EXPIRY, TERMS)).isEqualTo(LicenceState.REVOKED);
            assertThat(revoked.stateOn(EXPIRY.plusDays(1), TERMS)).isEqualTo(LicenceState.REVOKED);
        }

        @Test
        void theWindowFollowsTheConfiguration() {
            LicenceTerms sixMonths = new LicenceTerms(3, Period.ofMonths(6));

            assertThat(issued().stateOn(LocalDate.of(2026, 9, 14), sixMonths)).isEqualTo(LicenceState.EXPIRING);
            assertThat(issued().stateOn(LocalDate.of(2026, 9, 13), sixMonths)).isEqualTo(LicenceState.VALID);
        }
    }

    @Nested
    class Renewing {

        @Test
        void extendsAnExpiringLicenceByThreeYearsFromItsOldExpiry() {
            Licence renewed = issued().renew(at(LocalDate.of(2027, 1, 20)), TERMS, false);

            assertThat(renewed.expiresOn()).isEqualTo(LocalDate.of(2030, 3, 14));
            assertThat(renewed.standing()).isEqualTo(LicenceStanding.ACTIVE);
            assertThat(renewed.version()).isEqualTo(1);
            assertThat(renewed.updatedAt()).isEqualTo(at(LocalDate.of(2027, 1, 20)));
            assertThat(renewed.stateOn(LocalDate.of(2027, 1, 20), TERMS)).isEqualTo(LicenceState.VALID);
        }

        @Test
        void isAllowedOnTheDayTheWindowOpens() {
            assertThat(issued().renew(at(WINDOW_OPENS), TERMS, false).expiresOn()).isEqualTo(LocalDate.of(2030, 3, 14));
        }

        @Test
        void isAllowedOnTheExpiryDay() {
            assertThat(issued().renew(at(EXPIRY), TERMS, false).expiresOn()).isEqualTo(LocalDate.of(2030, 3, 14));
        }

        @Test
        void isRefusedTheDayBeforeTheWindowOpensSayingWhenItOpens() {
            assertThatThrownBy(() -> issued().renew(at(WINDOW_OPENS.minusDays(1)), TERMS, false))
                    .isInstanceOf(LicenceActionRefused.class)
                    .hasMessageContaining("2026-12-14");
        }

        @Test
        void isRefusedTheDayAfterExpiryAskingForANewLicence() {
            assertThatThrownBy(() -> issued().renew(at(EXPIRY.plusDays(1)), TERMS, false))
                    .isInstanceOf(LicenceActionRefused.class)
                    .hasMessageContaining("new licence");
        }

        @Test
        void isRefusedAfterAFatalAccidentAskingForReExamination() {
            assertThatThrownBy(() -> issued().renew(at(LocalDate.of(2027, 1, 20)), TERMS, true))
                    .isInstanceOf(LicenceActionRefused.class)
                    .hasMessageContaining("re-examination");
        }

        @ParameterizedTest
        @EnumSource(value = LicenceState.class, names = "EXPIRING", mode = EnumSource.Mode.EXCLUDE)
        void isRefusedInEveryOtherState(LicenceState state) {
            Situation s = Situation.in(state);

            assertThatThrownBy(() -> s.licence().renew(at(s.today()), TERMS, false))
                    .isInstanceOf(LicenceActionRefused.class);
        }
    }

    @Nested
    class Suspending {

        @ParameterizedTest
        @EnumSource(value = LicenceState.class, names = { "VALID", "EXPIRING" })
        void suspendsALicenceInForce(LicenceState state) {
            Situation s = Situation.in(state);

            Licence suspended = s.licence().suspend(at(s.today()), TERMS);

            assertThat(suspended.standing()).isEqualTo(LicenceStanding.SUSPENDED);
            assertThat(suspended.expiresOn()).isEqualTo(EXPIRY);
            assertThat(suspended.stateOn(s.today(), TERMS)).isEqualTo(LicenceState.SUSPENDED);
        }

        @ParameterizedTest
        @EnumSource(value = LicenceState.class, names = { "EXPIRED", "SUSPENDED", "REVOKED" })
        void isRefusedForALicenceNotInForce(LicenceState state) {
            Situation s = Situation.in(state);

            assertThatThrownBy(() -> s.licence().suspend(at(s.today()), TERMS)).isInstanceOf(LicenceActionRefused.class);
        }
    }

    @Nested
    class Reinstating {

        @Test
        void liftsASuspension() {
            Licence reinstated = withStanding(LicenceStanding.SUSPENDED).reinstate(at(MID_TERM), TERMS);

            assertThat(reinstated.standing()).isEqualTo(LicenceStanding.ACTIVE);
            assertThat(reinstated.stateOn(MID_TERM, TERMS)).isEqualTo(LicenceState.VALID);
        }

        @Test
        void bringsBackAnExpiringLicenceAsExpiring() {
            assertThat(withStanding(LicenceStanding.SUSPENDED).reinstate(at(EXPIRY), TERMS).stateOn(EXPIRY, TERMS))
                    .isEqualTo(LicenceState.EXPIRING);
        }

        @Test
        void isRefusedOnceTheSuspendedLicenceHasExpired() {
            assertThatThrownBy(() -> withStanding(LicenceStanding.SUSPENDED).reinstate(at(EXPIRY.plusDays(1)), TERMS))
                    .isInstanceOf(LicenceActionRefused.class)
                    .hasMessageContaining("expired on 2027-03-14");
        }

        @ParameterizedTest
        @EnumSource(value = LicenceState.class, names = "SUSPENDED", mode = EnumSource.Mode.EXCLUDE)
        void isRefusedInEveryOtherState(LicenceState state) {
            Situation s = Situation.in(state);

            assertThatThrownBy(() -> s.licence().reinstate(at(s.today()), TERMS))
                    .isInstanceOf(LicenceActionRefused.class);
        }
    }

    @Nested
    class Revoking {

        @ParameterizedTest
        @EnumSource(value = LicenceState.class, names = { "VALID", "EXPIRING", "SUSPENDED" })
        void revokesALicenceInForceOrSuspended(LicenceState state) {
            Situation s = Situation.in(state);

            Licence revoked = s.licence().revoke(at(s.today()), TERMS);

            assertThat(revoked.standing()).isEqualTo(LicenceStanding.REVOKED);
            assertThat(revoked.stateOn(s.today(), TERMS)).isEqualTo(LicenceState.REVOKED);
        }

        @ParameterizedTest
        @EnumSource(value = LicenceState.class, names = { "EXPIRED", "REVOKED" })
        void isRefusedForAnExpiredOrRevokedLicence(LicenceState state) {
            Situation s = Situation.in(state);

            assertThatThrownBy(() -> s.licence().revoke(at(s.today()), TERMS)).isInstanceOf(LicenceActionRefused.class);
        }
    }

    @ParameterizedTest
    @EnumSource(LicenceState.class)
    void everySituationIsInTheStateItClaims(LicenceState state) {
        Situation s = Situation.in(state);

        assertThat(s.licence().stateOn(s.today(), TERMS)).isEqualTo(state);
    }
}
