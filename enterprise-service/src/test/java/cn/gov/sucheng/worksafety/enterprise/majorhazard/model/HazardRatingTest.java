package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HazardRatingTest {

    static HazardousSubstance substance(String q, String criticalQ, String beta) {
        return new HazardousSubstance("液氯", "7782-50-5", new BigDecimal(q), new BigDecimal(criticalQ),
                new BigDecimal(beta));
    }

    static HazardRating rating(String alpha, HazardousSubstance... substances) {
        return HazardRating.of(List.of(substances), new BigDecimal(alpha));
    }

    @ParameterizedTest(name = "R = {0} → grade {1}")
    @CsvSource({
            "1000, 1", "100, 1", "100.0000001, 1", "99.9999999, 2", "99.995, 2", "99.99, 2", "50, 2", "49.995, 3",
            "49.99, 3", "10, 3", "9.995, 4", "9.99, 4", "1, 4" })
    void gradesTheExactRAtEachBoundaryWithTheLowerBoundInTheHigherGrade(String r, int grade) {
        // α = β = Q = 1, so R = q.
        HazardRating rating = rating("1", substance(r, "1", "1"));

        assertThat(rating.rValue()).isEqualByComparingTo(r);
        assertThat(rating.grade().number()).isEqualTo(grade);
    }

    @Test
    void computesRAsAlphaTimesTheSumOfBetaTimesQOverCriticalQ() {
        // 1.5 · (4 · 30/5 + 2 · 20/10) = 1.5 · 28 = 42
        HazardRating rating = rating("1.5", substance("30", "5", "4"), substance("20", "10", "2"));

        assertThat(rating.rValue()).isEqualByComparingTo("42");
        assertThat(rating.displayedR()).isEqualTo(new BigDecimal("42.00"));
        assertThat(rating.grade()).isEqualTo(HazardGrade.GRADE_3);
    }

    @Test
    void theExposureCorrectionCanMoveASourceAcrossABoundary() {
        assertThat(rating("1.0", substance("60", "1", "1")).grade()).isEqualTo(HazardGrade.GRADE_2);
        assertThat(rating("2.0", substance("60", "1", "1")).grade()).isEqualTo(HazardGrade.GRADE_1);
        assertThat(rating("0.5", substance("60", "1", "1")).grade()).isEqualTo(HazardGrade.GRADE_3);
    }

    @Test
    void roundsOnlyForDisplayAndGradesTheExactR() {
        HazardRating rating = rating("1", substance("99.995", "1", "1"));

        assertThat(rating.rValue()).isEqualByComparingTo("99.995");
        assertThat(rating.displayedR()).isEqualTo(new BigDecimal("100.00"));
        assertThat(rating.grade()).isEqualTo(HazardGrade.GRADE_2);
    }

    @Test
    void anExposureCorrectionJustBelowTheTableIsNeverRoundedUpIntoAHigherGrade() {
        // 2.0 · 49.9975 = 99.995: shows as 100.00, is grade 2.
        HazardRating rating = rating("2.0", substance("49.9975", "1", "1"));

        assertThat(rating.displayedR()).isEqualTo(new BigDecimal("100.00"));
        assertThat(rating.grade()).isEqualTo(HazardGrade.GRADE_2);
    }

    @ParameterizedTest(name = "α = {0} is in the standard''s table")
    @ValueSource(strings = { "0.5", "1.0", "1", "1.00", "1.2", "1.5", "2.0", "2" })
    void acceptsEveryExposureCorrectionOfTheStandardsTable(String alpha) {
        HazardRating rating = rating(alpha, substance("10", "1", "1"));

        assertThat(rating.rValue()).isEqualByComparingTo(new BigDecimal(alpha).multiply(BigDecimal.TEN));
    }

    @ParameterizedTest(name = "α = {0} is refused")
    @ValueSource(strings = { "0", "0.4", "0.8", "1.1", "1.3", "1.25", "1.75", "2.1", "3", "-1" })
    void refusesAnExposureCorrectionOutsideTheStandardsTableNamingTheField(String alpha) {
        assertThatThrownBy(() -> rating(alpha, substance("10", "1", "1")))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.violations())
                        .extracting(InvalidException.Violation::field).containsExactly("exposureCorrection"))
                .hasMessageContaining("0.5, 1.0, 1.2, 1.5 or 2.0");
    }

    @Test
    void refusesAMissingExposureCorrection() {
        assertThatThrownBy(() -> HazardRating.of(List.of(substance("10", "1", "1")), null))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.violations())
                        .extracting(InvalidException.Violation::field).containsExactly("exposureCorrection"));
    }

    @Test
    void dividesWithoutFailingOnRepeatingDecimals() {
        // 1 · (10/3 + 10/3 + 10/3) = 10, up to rounding
        HazardRating rating = rating("1", substance("10", "3", "1"), substance("10", "3", "1"), substance("10", "3", "1"));

        assertThat(rating.rValue()).isEqualByComparingTo("10.00");
        assertThat(rating.grade()).isEqualTo(HazardGrade.GRADE_3);
    }

    @Test
    void refusesAUnitBelowTheIdentificationThreshold() {
        // Σ q/Q = 0.5 + 0.4 = 0.9 < 1, even though β would lift R above 1.
        assertThatThrownBy(() -> rating("2", substance("5", "10", "4"), substance("4", "10", "4")))
                .isInstanceOf(InvalidException.class)
                .hasMessageContaining("0.9")
                .extracting(e -> ((InvalidException) e).field()).isEqualTo("substances");
    }

    @Test
    void gradesBySumsOfRepeatingDecimalsWithoutFallingBelowABound() {
        // 1 · (100/3 + 100/3 + 100/3) = 100 exactly: grade 1, though any rounded division gives 99.99…
        HazardRating rating = rating("1", substance("100", "3", "1"), substance("100", "3", "1"),
                substance("100", "3", "1"));

        assertThat(rating.grade()).isEqualTo(HazardGrade.GRADE_1);
        assertThat(rating.displayedR()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void acceptsAUnitWhoseRatiosSumToExactlyOneThroughRepeatingDecimals() {
        HazardRating rating = rating("1", substance("10", "30", "1"), substance("10", "30", "1"),
                substance("10", "30", "1"));

        assertThat(rating.grade()).isEqualTo(HazardGrade.GRADE_4);
    }

    @Test
    void acceptsAUnitExactlyAtTheIdentificationThreshold() {
        HazardRating rating = rating("1", substance("5", "10", "1"), substance("5", "10", "1"));

        assertThat(rating.rValue()).isEqualByComparingTo("1.00");
        assertThat(rating.grade()).isEqualTo(HazardGrade.GRADE_4);
    }

    @Test
    void refusesNoSubstances() {
        assertThatThrownBy(() -> HazardRating.of(List.of(), BigDecimal.ONE))
                .extracting(e -> ((InvalidException) e).field()).isEqualTo("substances");
    }

    @Test
    void refusesZeroOrNegativeQuantitiesAndABetaBelowOne() {
        assertThatThrownBy(() -> substance("10", "0", "1"))
                .extracting(e -> ((InvalidException) e).field()).isEqualTo("criticalQuantity");
        assertThatThrownBy(() -> substance("-1", "5", "1"))
                .extracting(e -> ((InvalidException) e).field()).isEqualTo("actualQuantity");
        assertThatThrownBy(() -> substance("10", "5", "0.9"))
                .extracting(e -> ((InvalidException) e).field()).isEqualTo("correctionFactor");
    }
}
