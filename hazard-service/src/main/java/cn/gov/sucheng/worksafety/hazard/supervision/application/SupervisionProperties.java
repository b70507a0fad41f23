package cn.gov.sucheng.worksafety.hazard.supervision.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Provincial rules of listed supervision.
 *
 * @param acceptanceDays days after the enterprise's application within which the on-site acceptance is due
 */
@ConfigurationProperties("worksafety.hazard.supervision")
public record SupervisionProperties(@DefaultValue("10") int acceptanceDays) {

    public SupervisionProperties {
        if (acceptanceDays < 1) {
            throw new IllegalArgumentException("worksafety.hazard.supervision.acceptance-days must be 1 or more");
        }
    }
}
