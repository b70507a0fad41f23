package cn.gov.sucheng.worksafety.platform.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one clock domain code reads time from, so tests can fix it. It runs on the district's time zone
 * whatever the host's, because "today" decides deadlines, expiries and due dates.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${worksafety.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
