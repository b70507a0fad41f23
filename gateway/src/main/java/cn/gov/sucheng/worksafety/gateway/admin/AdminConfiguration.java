package cn.gov.sucheng.worksafety.gateway.admin;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Values of the configuration shown to admins ({@code /admin/configuration}, {@code /actuator/env}) are shown, except
 * what Spring Boot's conventions take for a secret: keys like password, secret, key, token, credentials, and URIs'
 * user information. The values are shown at all ({@code management.endpoint.env.show-values}) only because this
 * masking applies.
 */
@Configuration(proxyBeanMethods = false)
public class AdminConfiguration {

    @Bean
    SanitizingFunction secretsMasked() {
        return SanitizingFunction.sanitizeValue().ifLikelySensitive();
    }
}
