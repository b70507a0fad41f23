package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
            "1000, 1", "100, 1", "99.99, 2", "50, 2", "49.99, 3", "10, 3", "9.99, 4", "1, 4" })
    void gradesAtEachBoundaryWithTheLowerBoundInTheHigherGrade(String r, int grade) {
        // α = β = Q = 1, so R = q.
        HazardRating rating = rating("1", substance(r, "1", "1"));

        assertThat(rating.rValue()).isEqualByComparingTo(r);
        assertThat(rating.grade().number()).isEqualTo(grade);
    }

    @Test
    void computesRAsAlphaTimesTheSumOfBetaTimesQOverCriticalQ() {
        // 1.5 · (4 · 30/5 + 2 · 20/10) = 1.5 · 28 = 42
        HazardRating rating = rating("1.5", substance("30", "5", "4"), substance("20", "10", "2"));

        assertThat(rating.rValue()).isEqualByComparingTo("42.00");
        assertThat(rating.rValue().scale()).isEqualTo(2);
        assertThat(rating.grade()).isEqualTo(HazardGrade.GRADE_3);
    }

    @Test
    void theExposureCorrectionCanMoveASourceAcrossABoundary() {
        assertThat(rating("1.0", substance("60", "1", "1")).grade()).isEqualTo(HazardGrade.GRADE_2);
        assertThat(rating("2.0", substance("60", "1", "1")).grade()).isEqualTo(HazardGrade.GRADE_1);
        assertThat(rating("0.5", substance("60", "1", "1")).grade()).isEqualTo(HazardGrade.GRADE_3);
    }

    @Test
    void gradesTheRoundedRThatIsShown() {
        HazardRating rating = rating("1", substance("99.995", "1", "1"));

        assertThat(rating.rValue()).isEqualByComparingTo("100.00");
        assertThat(rating.grade()).isEqualTo(HazardGrade.GRADE_1);
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
    void acceptsAUnitExactlyAtTheIdentificationThreshold() {
        HazardRating rating = rating("1", substance("5", "10", "1"), substance("5", "10", "1"));

        assertThat(rating.rValue()).isEqualByComparingTo("1.00");
        assertThat(rating.grade()).isEqualTo(HazardGrade.GRADE_4);
    }

    @Test
    void refusesNoSubstancesAndAnExposureCorrectionOutsideTheStandardsTable() {
        assertThatThrownBy(() -> HazardRating.of(List.of(), BigDecimal.ONE))
                .extracting(e -> ((InvalidException) e).field()).isEqualTo("substances");
        assertThatThrownBy(() -> rating("0.4", substance("10", "1", "1")))
                .extracting(e -> ((InvalidException) e).field()).isEqualTo("exposureCorrection");
        assertThatThrownBy(() -> rating("2.1", substance("10", "1", "1")))
                .extracting(e -> ((InvalidException) e).field()).isEqualTo("exposureCorrection");
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
