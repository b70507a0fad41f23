package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.math.BigDecimal;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One hazardous chemical held in a major hazard source, with what GB 18218-2018 needs to weigh it.
 *
 * @param name the chemical's name (危险化学品名称)
 * @param casNumber its CAS number, when known
 * @param actualQuantity q: the largest quantity that can be present, in tonnes (实际存在量)
 * @param criticalQuantity Q: its critical quantity from the standard's tables, in tonnes (临界量)
 * @param correctionFactor β: the standard's correction factor for this chemical (校正系数 β)
 */
@NullMarked
public record HazardousSubstance(String name, @Nullable String casNumber, BigDecimal actualQuantity,
        BigDecimal criticalQuantity, BigDecimal correctionFactor) {

    public HazardousSubstance {
        // The web layer validates first and names the list index; these guard every other caller.
        if (actualQuantity == null || actualQuantity.signum() <= 0) {
            throw new InvalidException("actualQuantity", "actualQuantity must be greater than 0");
        }
        if (criticalQuantity == null || criticalQuantity.signum() <= 0) {
            throw new InvalidException("criticalQuantity", "criticalQuantity must be greater than 0");
        }
        if (correctionFactor == null || correctionFactor.compareTo(BigDecimal.ONE) < 0) {
            throw new InvalidException("correctionFactor", "correctionFactor must be at least 1");
        }
    }

    /** q / Q: how far this chemical alone goes towards making the unit a major hazard source. */
    Ratio criticalRatio() {
        return new Ratio(actualQuantity, criticalQuantity);
    }

    /** β · q / Q: its weight in the R value. */
    Ratio weightedRatio() {
        return new Ratio(correctionFactor.multiply(actualQuantity), criticalQuantity);
    }
}
