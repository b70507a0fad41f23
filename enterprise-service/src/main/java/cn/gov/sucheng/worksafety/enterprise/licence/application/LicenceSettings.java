package cn.gov.sucheng.worksafety.enterprise.licence.application;

import java.time.Period;

import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceTerms;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The licence terms as configured under {@code worksafety.enterprise.licence}; the defaults are the
 * regulation's (安全生产许可证条例 art. 9): valid 3 years, renewal applied for 3 months before expiry.
 *
 * @param validityYears years a licence, or an extension, runs ({@code validity-years}, default 3)
 * @param renewalWindow how long before expiry renewal opens ({@code renewal-window}, e.g. {@code 3m} or
 *        {@code P90D}; default 3 months)
 */
@ConfigurationProperties("worksafety.enterprise.licence")
public record LicenceSettings(Integer validityYears, Period renewalWindow) {

    public LicenceSettings {
        validityYears = validityYears == null ? 3 : validityYears;
        renewalWindow = renewalWindow == null ? Period.ofMonths(3) : renewalWindow;
        // Fails the start-up on nonsense rather than the first request.
        new LicenceTerms(validityYears, renewalWindow);
    }

    public LicenceTerms terms() {
        return new LicenceTerms(validityYears, renewalWindow);
    }
}
