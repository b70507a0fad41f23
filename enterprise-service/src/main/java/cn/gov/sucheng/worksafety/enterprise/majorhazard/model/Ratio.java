package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An exact quotient of two decimals. Sums such as 10/3 + 10/3 + 10/3 stay exactly 10 this way, where any
 * rounded division would fall just below a bound of GB 18218 (1 for identification, 10, 50 and 100 for the
 * grade) and misjudge the source.
 */
record Ratio(BigDecimal numerator, BigDecimal denominator) {

    static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigDecimal.ONE);

    Ratio {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive, is " + denominator);
        }
    }

    Ratio plus(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Ratio times(BigDecimal factor) {
        return new Ratio(numerator.multiply(factor), denominator);
    }

    boolean atLeast(BigDecimal bound) {
        return numerator.compareTo(bound.multiply(denominator)) >= 0;
    }

    /** The quotient to 16 significant digits, for storing and showing; never for comparing with a bound. */
    BigDecimal value() {
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }
}
