package cn.gov.sucheng.worksafety.training.trainee.model;

import java.time.LocalDate;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    // The standard's own example: 11010519491231002X.
    @Test
    void acceptsTheStandardsExampleWithCheckCharacterX() {
        assertThat(IdNumber.parse("11010519491231002x", "idNumber", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void computesTheCheckCharacterByTheWeights() {
        // 3·7+2·9+1·10+3·5+0·8+2·4+1·2+9·1+8·6+8·3+0·7+3·9+1·10+5·5+0·8+0·4+1·2 = 219; 219 mod 11 = 10 → '2'
        assertThat(IdNumber.checkCharacter("32130219880315001")).isEqualTo('2');
        assertThat(IdNumber.parse("321302198803150012", "idNumber", TODAY).masked()).isEqualTo("3213**********0012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"32130219880315001", "3213021988031500123", "32130219880315001A", "321302198803150013"})
    void refusesAWrongLengthOrCheckCharacterNamingTheField(String raw) {
        assertThatThrownBy(() -> IdNumber.parse(raw, "idNumber", TODAY))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("idNumber"));
    }

    @Test
    void refusesABirthDateThatIsNoDateOrInTheFuture() {
        String feb30 = "3213021988023000" + "1";
        assertThatThrownBy(() -> IdNumber.parse(feb30 + IdNumber.checkCharacter(feb30), "idNumber", TODAY))
                .hasMessageContaining("birth date");
        String tomorrow = "32130220261203001";
        assertThatThrownBy(() -> IdNumber.parse(tomorrow + IdNumber.checkCharacter(tomorrow), "idNumber", TODAY))
                .hasMessageContaining("out of range");
    }

    @Test
    void neverPrintsTheFullNumber() {
        IdNumber id = IdNumber.parse("321302198803150012", "idNumber", TODAY);
        assertThat(id.toString()).isEqualTo("3213**********0012").doesNotContain("19880315");
    }
}
