package cn.gov.sucheng.worksafety.platform.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestCreditCodesTest {

    @Test
    void computesTheCheckCharacterOfPublishedCodes() {
        assertThat(TestCreditCodes.withCheck("91310110666007217")).isEqualTo("91310110666007217T");
        assertThat(TestCreditCodes.withCheck("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void aRandomCodeIsEighteenCharactersWithItsOwnCheckCharacter() {
        String code = TestCreditCodes.random();
        assertThat(code).hasSize(18).startsWith("91310110");
        assertThat(TestCreditCodes.withCheck(code.substring(0, 17))).isEqualTo(code);
    }
}
