package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * The R value of a major hazard source and the grade it implies (GB 18218-2018, 4.2):
 * R = α · (β₁·q₁/Q₁ + β₂·q₂/Q₂ + … + βₙ·qₙ/Qₙ). Always computed, never typed in.
 *
 * <p>R is rounded to two decimals (half up) and the grade is taken from the rounded value, so the grade
 * a supervisor sees always matches the R printed next to it.
 *
 * @param rValue R, two decimals
 * @param grade the grade R falls in
 */
public record HazardRating(BigDecimal rValue, HazardGrade grade) {

    /** α may be 0.5 (nobody exposed) up to 2.0 (100 people or more) in the standard's table 4. */
    static final BigDecimal MIN_EXPOSURE_CORRECTION = new BigDecimal("0.5");
    static final BigDecimal MAX_EXPOSURE_CORRECTION = new BigDecimal("2.0");

    public static HazardRating of(List<HazardousSubstance> substances, BigDecimal exposureCorrection) {
        requireMajorHazardSource(substances);
        if (exposureCorrection == null || exposureCorrection.compareTo(MIN_EXPOSURE_CORRECTION) < 0
                || exposureCorrection.compareTo(MAX_EXPOSURE_CORRECTION) > 0) {
            throw new InvalidException("exposureCorrection", "exposureCorrection (α) must be between 0.5 and 2.0");
        }
        BigDecimal sum = substances.stream().map(HazardousSubstance::weightedRatio)
                .reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MathContext.DECIMAL64));
        BigDecimal r = exposureCorrection.multiply(sum, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
        return new HazardRating(r, HazardGrade.of(r));
    }

    /**
     * A unit is a major hazard source only when Σ qᵢ/Qᵢ ≥ 1 (GB 18218-2018, 4.1.2, without the correction
     * factors); below that there is nothing to register.
     */
    static void requireMajorHazardSource(List<HazardousSubstance> substances) {
        if (substances == null || substances.isEmpty()) {
            throw new InvalidException("substances", "substances must list at least one hazardous chemical");
        }
        BigDecimal s = substances.stream().map(HazardousSubstance::criticalRatio)
                .reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MathContext.DECIMAL64));
        if (s.compareTo(BigDecimal.ONE) < 0) {
            throw new InvalidException("substances", "the sum of actualQuantity / criticalQuantity is "
                    + s.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                    + ", below 1: the unit is not a major hazard source (GB 18218-2018, 4.1.2)");
        }
    }
}
