package cn.gov.sucheng.worksafety.enterprise.insurance.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What recording a policy takes.
 *
 * @param startsOn the first day of cover
 * @param endsOn the last day of cover
 * @param premium the premium paid for the period, in CNY
 * @param insuredAmountPerPerson the cover per person killed or injured (每人保险金额), in CNY
 */
public record NewPolicy(UUID enterpriseId, String policyNumber, String insurer, LocalDate startsOn, LocalDate endsOn,
        BigDecimal premium, BigDecimal insuredAmountPerPerson) {
}
