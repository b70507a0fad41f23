package cn.gov.sucheng.worksafety.platform.idempotency;

import java.time.Clock;

import javax.sql.DataSource;

import cn.gov.sucheng.worksafety.platform.config.ClockAutoConfiguration;
import cn.gov.sucheng.worksafety.platform.idempotency.infrastructure.IdempotencyPurge;
import cn.gov.sucheng.worksafety.platform.idempotency.infrastructure.JdbcIdempotencyRecords;
import cn.gov.sucheng.worksafety.platform.idempotency.web.CallerScope;
import cn.gov.sucheng.worksafety.platform.idempotency.web.IdempotencyFilter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code Idempotency-Key} on every POST of every servlet service with a database. The table comes from the
 * platform's repeatable migration, which the defaults add to {@code spring.flyway.locations}.
 */
@AutoConfiguration(after = ClockAutoConfiguration.class,
        afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean({ DataSource.class, PlatformTransactionManager.class })
@ConditionalOnProperty(name = "worksafety.idempotency.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    // After Spring Security's filters: a request refused for its token neither takes nor spends a key, and the key
    // belongs to the client the token names. Also after the request id filter, so rejections carry the id.
    static final int FILTER_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;

    @Bean
    @ConditionalOnMissingBean
    CallerScope idempotencyCallerScope() {
        return CallerScope.CLIENT;
    }

    @Bean
    JdbcIdempotencyRecords idempotencyRecords(DataSource dataSource) {
        return new JdbcIdempotencyRecords(JdbcClient.create(dataSource));
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcIdempotencyRecords records,
            PlatformTransactionManager transactions, CallerScope callers, Clock clock, IdempotencyProperties properties) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(records, transactions, callers, clock, properties.retention()));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    IdempotencyPurge idempotencyPurge(JdbcIdempotencyRecords records, Clock clock, IdempotencyProperties properties) {
        return new IdempotencyPurge(records, clock, properties.purgeInterval(), properties.purgeBatch());
    }
}
