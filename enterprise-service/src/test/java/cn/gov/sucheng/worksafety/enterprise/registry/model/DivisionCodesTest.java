package cn.gov.sucheng.worksafety.enterprise.registry.model;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivisionCodesTest {

    @ParameterizedTest
    @ValueSource(strings = { "321302", "321300", "321371", "110105", "150000", "230100", "310110", "460200",
            "540000", "650100", "710000", "810000", "820000" })
    void acceptsAnyCodeOfAValidProvinceByDefault(String division) {
        assertThat(DivisionCodes.provinces().accepts(division)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "000000", "101302", "161302", "241302", "381302", "471302", "551302", "661302",
            "721302", "801302", "831302", "991302" })
    void refusesCodesOfNoProvince(String division) {
        assertThat(DivisionCodes.provinces().accepts(division)).isFalse();
    }

    @Test
    void refusesWhatIsNotASixDigitCode() {
        assertThat(DivisionCodes.provinces().accepts("3213")).isFalse();
        assertThat(DivisionCodes.provinces().accepts(null)).isFalse();
    }

    @Test
    void acceptsOnlyTheConfiguredCodesAndPrefixes() {
        DivisionCodes suqian = new DivisionCodes(List.of("321302", "3213"));

        assertThat(suqian.accepts("321302")).isTrue();
        assertThat(suqian.accepts("321311")).isTrue();
        assertThat(suqian.accepts("320102")).isFalse();
        assertThat(suqian.accepts("110105")).isFalse();
    }

    @Test
    void fallsBackToTheProvincesWhenNothingIsConfigured() {
        assertThat(new DivisionCodes(List.of()).acceptedPrefixes()).isEqualTo(DivisionCodes.PROVINCES);
        assertThat(new DivisionCodes(null).acceptedPrefixes()).hasSize(34);
    }

    @ParameterizedTest
    @ValueSource(strings = { "3", "3213021", "32A3", "" })
    void refusesAConfiguredEntryThatIsNoCodeOrPrefix(String entry) {
        assertThatThrownBy(() -> new DivisionCodes(List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(entry);
    }
}
