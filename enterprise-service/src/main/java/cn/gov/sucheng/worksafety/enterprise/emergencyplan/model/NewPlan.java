package cn.gov.sucheng.worksafety.enterprise.emergencyplan.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What filing a plan takes.
 *
 * @param reviewDueOn when the plan must next be reviewed; null for the configured default after filing
 */
public record NewPlan(UUID enterpriseId, String title, PlanType type, String filingNumber, LocalDate filedOn,
        String filingAuthority, LocalDate reviewDueOn) {
}
