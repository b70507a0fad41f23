package cn.gov.sucheng.worksafety.enterprise.emergencyplan.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Emergency-plan settings that the province may set differently from the national rule.
 *
 * @param reviewIntervalYears how long after filing or a review the next review falls due when none is
 *        given (at least every 3 years under the national measures)
 */
@ConfigurationProperties("worksafety.enterprise.emergency-plan")
public record EmergencyPlanProperties(Integer reviewIntervalYears) {

    public EmergencyPlanProperties {
        reviewIntervalYears = reviewIntervalYears == null ? 3 : reviewIntervalYears;
        if (reviewIntervalYears < 1) {
            throw new IllegalArgumentException(
                    "worksafety.enterprise.emergency-plan.review-interval-years must be 1 or more, is "
                            + reviewIntervalYears);
        }
    }
}
