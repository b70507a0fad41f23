package cn.gov.sucheng.worksafety.platform.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputRulesTest {

    @Test
    void refusesTextWithANulCharacterAnywhere() {
        assertThat(InputRules.checkText("耿车镇")).isEqualTo("耿车镇");
        assertThat(InputRules.checkText(null)).isNull();
        assertThatThrownBy(() -> InputRules.checkText("耿车\0镇")).isInstanceOf(InputRules.RefusedInput.class)
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> InputRules.checkText("\0")).isInstanceOf(InputRules.RefusedInput.class);
    }

    @Test
    void acceptsDaysFrom1900ToTheEndOf2199() {
        assertThat(InputRules.checkTemporal(LocalDate.of(1900, 1, 1))).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(InputRules.checkTemporal(LocalDate.of(2199, 12, 31))).isEqualTo(LocalDate.of(2199, 12, 31));
        assertThat(InputRules.checkTemporal(OffsetDateTime.of(2199, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC))).isNotNull();
        assertThat(InputRules.checkTemporal("not a date")).isEqualTo("not a date");
    }

    @Test
    void refusesDaysJustOutsideAndFarOutside() {
        for (Object value : new Object[] { LocalDate.of(1899, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.MIN,
                LocalDate.MAX, LocalDate.parse("-999999999-01-01"), LocalDate.parse("+9999999-01-01"),
                OffsetDateTime.of(2200, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), Instant.MIN, Instant.MAX }) {
            assertThatThrownBy(() -> InputRules.checkTemporal(value)).as(String.valueOf(value))
                    .isInstanceOf(InputRules.RefusedInput.class).hasMessageContaining("1900-01-01");
        }
    }
}
