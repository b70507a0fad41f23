package cn.gov.sucheng.worksafety.enterprise.profile.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param siblingDeadline how long the profile waits for all sibling services together; what is not there
 *        by then is marked missing
 */
@ConfigurationProperties("worksafety.enterprise.profile")
public record ProfileSettings(Duration siblingDeadline) {

    public ProfileSettings {
        siblingDeadline = siblingDeadline == null ? Duration.ofMillis(800) : siblingDeadline;
    }
}
