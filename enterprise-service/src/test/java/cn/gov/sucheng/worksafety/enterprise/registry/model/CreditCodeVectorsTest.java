package cn.gov.sucheng.worksafety.enterprise.registry.model;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The production check against codes published by real organisations and an independent implementation. */
class CreditCodeVectorsTest {

    static Stream<Codes.Published> published() {
        return Codes.PUBLISHED.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void theIndependentCheckConfirmsEveryPublishedCode(Codes.Published vector) {
        String code = vector.code();

        assertThat(Codes.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void acceptsEveryPublishedCode(Codes.Published vector) {
        assertThat(CreditCode.problemOf(vector.code())).isEmpty();
        assertThat(CreditCode.parse(vector.code()).value()).isEqualTo(vector.code());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void refusesEverySingleCharacterTypoOfAPublishedCode(Codes.Published vector) {
        // Every weight is non-zero mod 31, so any one substituted character must change the check.
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        String code = vector.code();
        for (int position = 0; position < 18; position++) {
            for (char c : alphabet.toCharArray()) {
                if (c == code.charAt(position) || (position >= 2 && position < 8 && !Character.isDigit(c))) {
                    continue;
                }
                String typo = code.substring(0, position) + c + code.substring(position + 1);
                assertThat(CreditCode.problemOf(typo)).as(typo).get().asString().contains("check character");
            }
        }
    }

    @Test
    void agreesWithTheIndependentImplementationOnRandomCodes() {
        Random random = new Random(32100);
        for (int i = 0; i < 20_000; i++) {
            String code = Codes.random(String.format("%06d", random.nextInt(1_000_000)), random);

            assertThat(CreditCode.problemOf(code)).as(code).isEmpty();
            assertThat(CreditCode.checkCharacter(code.substring(0, 17))).as(code).isEqualTo(code.charAt(17));
        }
    }

    @Test
    void theIndependentCheckHasTheStandardsWorkedSum() {
        // DOMAIN.md: the weighted sum of 91310110666007217 is 966; 966 mod 31 = 5; 31 − 5 = 26 = 'T'.
        assertThat(Codes.checkCharacter("91310110666007217")).isEqualTo('T');
        assertThat("0123456789ABCDEFGHJKLMNPQRTUWXY".indexOf('T')).isEqualTo(26);
    }
}
