package cn.gov.sucheng.worksafety.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link Actors} for the controllers. Not limited to servlet applications like the rest of the web support:
 * controllers are created wherever the application runs, tests without a web server included.
 */
@AutoConfiguration
public class ActorsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Actors actors() {
        return new Actors();
    }
}
