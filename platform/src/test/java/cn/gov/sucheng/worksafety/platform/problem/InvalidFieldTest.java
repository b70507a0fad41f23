package cn.gov.sucheng.worksafety.platform.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidFieldTest {

    @Test
    void namesTheFieldAndSaysWhatIsWrong() {
        assertThat(new InvalidField("creditCode", "must not be blank"))
                .isEqualTo(new InvalidField("creditCode", "must not be blank"));
    }

    @Test
    void aConstraintWithoutAMessageOrAFieldStillAnswersBoth() {
        InvalidField error = new InvalidField(null, null);

        assertThat(error.field()).isEqualTo("body");
        assertThat(error.message()).isEqualTo("is invalid");
        assertThat(new InvalidField(" ", "")).isEqualTo(error);
    }
}
