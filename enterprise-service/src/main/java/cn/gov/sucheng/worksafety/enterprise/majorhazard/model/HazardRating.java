package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * The R value of a major hazard source and the grade it implies (GB 18218-2018, 4.2):
 * R = α · (β₁·q₁/Q₁ + β₂·q₂/Q₂ + … + βₙ·qₙ/Qₙ). Always computed, never typed in.
 *
 * <p>The grade is taken from the exact R, as the standard compares it: R = 99.995 is grade 2 even though
 * it shows as 100.00. R is rounded only for display ({@link #displayedR()}).
 *
 * @param rValue R to 16 significant digits
 * @param grade the grade the exact R falls in
 */
public record HazardRating(BigDecimal rValue, HazardGrade grade) {

    /**
     * The values of α in the standard's table 4, by people exposed outside the site within 500 m:
     * none 0.5, 1–29 1.0, 30–49 1.2, 50–99 1.5, 100 or more 2.0. No other value is allowed.
     */
    static final List<BigDecimal> EXPOSURE_CORRECTIONS = List.of(new BigDecimal("0.5"), new BigDecimal("1.0"),
            new BigDecimal("1.2"), new BigDecimal("1.5"), new BigDecimal("2.0"));

    public static HazardRating of(List<HazardousSubstance> substances, BigDecimal exposureCorrection) {
        requireMajorHazardSource(substances);
        requireTabledExposureCorrection(exposureCorrection);
        Ratio r = substances.stream().map(HazardousSubstance::weightedRatio).reduce(Ratio.ZERO, Ratio::plus)
                .times(exposureCorrection);
        return new HazardRating(r.value(), HazardGrade.of(r));
    }

    /** R as shown to people: two decimals, half up. Never graded: the grade follows the exact R. */
    public BigDecimal displayedR() {
        return rValue.setScale(2, RoundingMode.HALF_UP);
    }

    private static void requireTabledExposureCorrection(BigDecimal alpha) {
        if (alpha == null || EXPOSURE_CORRECTIONS.stream().noneMatch(allowed -> allowed.compareTo(alpha) == 0)) {
            throw new InvalidException("exposureCorrection", "exposureCorrection (α) must be one of the values of "
                    + "GB 18218-2018 table 4: 0.5, 1.0, 1.2, 1.5 or 2.0, is "
                    + (alpha == null ? "missing" : alpha.toPlainString()));
        }
    }

    /**
     * A unit is a major hazard source only when Σ qᵢ/Qᵢ ≥ 1 (GB 18218-2018, 4.1.2, without the correction
     * factors); below that there is nothing to register.
     */
    static void requireMajorHazardSource(List<HazardousSubstance> substances) {
        if (substances == null || substances.isEmpty()) {
            throw new InvalidException("substances", "substances must list at least one hazardous chemical");
        }
        Ratio s = substances.stream().map(HazardousSubstance::criticalRatio).reduce(Ratio.ZERO, Ratio::plus);
        if (!s.atLeast(BigDecimal.ONE)) {
            throw new InvalidException("substances", "the sum of actualQuantity / criticalQuantity is "
                    + s.value().setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                    + ", below 1: the unit is not a major hazard source (GB 18218-2018, 4.1.2)");
        }
    }
}
