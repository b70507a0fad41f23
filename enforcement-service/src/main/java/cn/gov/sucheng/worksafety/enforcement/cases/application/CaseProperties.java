package cn.gov.sucheng.worksafety.enforcement.cases.application;

import cn.gov.sucheng.worksafety.enforcement.cases.model.CaseTimeLimits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code worksafety.enforcement.cases.*}: the provincial time limits of a case — days from filing to closing, the
 * one extension, and how many days before its deadline an open case is listed as near its limit.
 */
@ConfigurationProperties("worksafety.enforcement.cases")
public record CaseProperties(@DefaultValue("30") int limitDays, @DefaultValue("30") int extensionDays,
        @DefaultValue("7") int nearLimitDays) {

    public CaseTimeLimits limits() {
        return new CaseTimeLimits(limitDays, extensionDays, nearLimitDays);
    }
}
