package cn.gov.sucheng.worksafety.enforcement.cases.model;

/**
 * The provincial time limits of a case: days from filing to closing, the one extension, and how early a case is
 * listed as close to its limit.
 */
public record CaseTimeLimits(int limitDays, int extensionDays, int nearLimitDays) {

    public CaseTimeLimits {
        if (limitDays < 1 || extensionDays < 0 || nearLimitDays < 0) {
            throw new IllegalArgumentException("case time limits must be positive: " + limitDays + ", "
                    + extensionDays + ", " + nearLimitDays);
        }
    }
}
