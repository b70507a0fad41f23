package cn.gov.sucheng.worksafety.enterprise.registry.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

    @Test
    void acceptsTheStandardsExample() {
        CreditCode code = CreditCode.parse("91310110666007217T");
        assertThat(code.value()).isEqualTo("91310110666007217T");
        assertThat(code.divisionCode()).isEqualTo("310110");
    }

    @Test
    void computesTheCheckCharacterFromWeightedSum() {
        // Sum 966, 966 mod 31 = 5, 31 - 5 = 26 = 'T'.
        assertThat(CreditCode.checkCharacter("91310110666007217")).isEqualTo('T');
    }

    @Test
    void mapsACheckValueOf31ToZero() {
        // Find a body whose weighted sum is a multiple of 31: its check character must be '0'.
        String body = "9132130200000000";
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            String first17 = body + c;
            int sum = 0;
            int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
            for (int i = 0; i < 17; i++) {
                sum += CreditCode.ALPHABET.indexOf(first17.charAt(i)) * weights[i];
            }
            if (sum % 31 == 0) {
                assertThat(CreditCode.checkCharacter(first17)).isEqualTo('0');
                return;
            }
        }
        throw new AssertionError("no body with a sum divisible by 31 in this family");
    }

    @Test
    void refusesAWrongCheckCharacterAndSaysWhichWasExpected() {
        assertThatThrownBy(() -> CreditCode.parse("91310110666007217A"))
                .isInstanceOf(InvalidCreditCodeException.class)
                .hasMessageContaining("check character")
                .hasMessageContaining("'T'")
                .satisfies(ex -> assertThat(((InvalidCreditCodeException) ex).field()).isEqualTo("creditCode"));
    }

    @Test
    void normalisesLowerCaseAndSpaces() {
        assertThat(CreditCode.parse(" 91310110666007217t ").value()).isEqualTo("91310110666007217T");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "9131011066600721", "91310110666007217TX", "9131011066600721IT",
            "91A10110666007217T", "91310110O66007217T" })
    void refusesMalformedCodes(String raw) {
        assertThat(CreditCode.problemOf(raw)).isPresent();
    }

    @Test
    void refusesNothing() {
        assertThat(CreditCode.problemOf(null)).contains("is required");
    }

    @Test
    void takesAWellFormedCodeWithAWrongCheckCharacterWhenOnlyTheFormatCounts() {
        CreditCode code = CreditCode.ofFormat("91310110666007217a");

        assertThat(code.value()).isEqualTo("91310110666007217A");
        assertThat(code.checkCharacterProblem()).get().asString().contains("expected 'T'");
        assertThat(CreditCode.ofFormat("91310110666007217T").checkCharacterProblem()).isEmpty();
    }

    @Test
    void refusesAMalformedCodeEvenWhenOnlyTheFormatCounts() {
        assertThatThrownBy(() -> CreditCode.ofFormat("91A10110666007217T"))
                .isInstanceOf(InvalidCreditCodeException.class)
                .hasMessageContaining("positions 3-8");
        assertThat(CreditCode.formatProblemOf("91310110666007217A")).isEmpty();
    }
}
