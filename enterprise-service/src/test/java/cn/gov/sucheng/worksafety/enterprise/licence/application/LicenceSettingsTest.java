package cn.gov.sucheng.worksafety.enterprise.licence.application;

import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LicenceSettingsTest {

    @Test
    void defaultsToTheRegulationsThreeYearsAndThreeMonths() {
        LicenceSettings settings = new LicenceSettings(null, null);

        assertThat(settings.terms().validityYears()).isEqualTo(3);
        assertThat(settings.terms().renewalWindow()).isEqualTo(Period.ofMonths(3));
    }

    @Test
    void keepsWhatIsConfigured() {
        assertThat(new LicenceSettings(5, Period.ofDays(90)).terms().renewalWindow()).isEqualTo(Period.ofDays(90));
    }

    @Test
    void refusesNonsenseAtStartUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LicenceSettings(0, null));
    }
}
