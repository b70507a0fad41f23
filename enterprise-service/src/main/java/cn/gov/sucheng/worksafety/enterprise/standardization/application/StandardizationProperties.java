package cn.gov.sucheng.worksafety.enterprise.standardization.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Standardization settings that the province may set differently from the national rule.
 *
 * @param validityYears how long a grading is in force from the day it is awarded (3 nationally)
 */
@ConfigurationProperties("worksafety.enterprise.standardization")
public record StandardizationProperties(Integer validityYears) {

    public StandardizationProperties {
        validityYears = validityYears == null ? 3 : validityYears;
        if (validityYears < 1) {
            throw new IllegalArgumentException(
                    "worksafety.enterprise.standardization.validity-years must be 1 or more, is " + validityYears);
        }
    }
}
