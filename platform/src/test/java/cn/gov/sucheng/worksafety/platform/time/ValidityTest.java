package cn.gov.sucheng.worksafety.platform.time;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidityTest {

    @ParameterizedTest(name = "{0} for {1} years runs through {2}")
    @CsvSource({
            "2024-03-01, 3, 2027-02-28",
            "2024-02-29, 3, 2027-02-28",
            "2024-02-29, 4, 2028-02-28",
            "2024-02-29, 1, 2025-02-28",
            "2025-03-01, 3, 2028-02-29",
            "2023-03-01, 1, 2024-02-29",
            "2024-02-28, 3, 2027-02-27",
            "2024-03-15, 3, 2027-03-14",
            "2024-01-01, 3, 2026-12-31",
            "2024-12-31, 1, 2025-12-30",
            "2025-01-31, 6, 2031-01-30",
    })
    void endsTheDayBeforeTheSameDateYearsLater(LocalDate from, int years, LocalDate lastDay) {
        Validity validity = Validity.ofYears(from, years);

        assertThat(validity.firstDay()).isEqualTo(from);
        assertThat(validity.lastDay()).isEqualTo(lastDay);
    }

    @Test
    void aStartOnTheLeapDayAndOneOnTheFirstOfMarchEndTogether() {
        assertThat(Validity.ofYears(LocalDate.of(2024, 2, 29), 3).lastDay())
                .isEqualTo(Validity.ofYears(LocalDate.of(2024, 3, 1), 3).lastDay());
    }

    @Test
    void containsBothEndDaysAndNothingOutside() {
        Validity validity = Validity.ofYears(LocalDate.of(2024, 3, 1), 3);

        assertThat(validity.contains(LocalDate.of(2024, 3, 1))).isTrue();
        assertThat(validity.contains(LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(validity.contains(LocalDate.of(2024, 2, 29))).isFalse();
        assertThat(validity.contains(LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void refusesNoYearsOrAnEndBeforeTheStart() {
        assertThatThrownBy(() -> Validity.ofYears(LocalDate.of(2024, 3, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Validity(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 29)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
