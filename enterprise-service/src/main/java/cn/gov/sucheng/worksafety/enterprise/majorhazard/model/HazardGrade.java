package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.math.BigDecimal;

/**
 * The grade of a major hazard source (重大危险源分级, GB 18218-2018 table 3), from grade 1 (the most
 * dangerous) to grade 4.
 */
public enum HazardGrade {
    GRADE_1(1), GRADE_2(2), GRADE_3(3), GRADE_4(4);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal TEN = BigDecimal.TEN;

    private final int number;

    HazardGrade(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /**
     * R ≥ 100 → 1; 50 ≤ R &lt; 100 → 2; 10 ≤ R &lt; 50 → 3; R &lt; 10 → 4. Each lower bound belongs to the
     * higher grade. R is compared exactly, as a ratio, so that no rounding moves it across a bound.
     */
    static HazardGrade of(Ratio r) {
        if (r.atLeast(HUNDRED)) {
            return GRADE_1;
        }
        if (r.atLeast(FIFTY)) {
            return GRADE_2;
        }
        if (r.atLeast(TEN)) {
            return GRADE_3;
        }
        return GRADE_4;
    }

    public static HazardGrade ofNumber(int number) {
        for (HazardGrade grade : values()) {
            if (grade.number == number) {
                return grade;
            }
        }
        throw new IllegalArgumentException("no hazard grade " + number);
    }
}
