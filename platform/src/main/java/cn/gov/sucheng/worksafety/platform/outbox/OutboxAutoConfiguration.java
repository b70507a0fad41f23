package cn.gov.sucheng.worksafety.platform.outbox;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import cn.gov.sucheng.worksafety.platform.config.ClockAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactional outbox for every service with a database: {@link Outbox} to write, {@link OutboxRelay} to
 * deliver through the service's {@link OutboxHandler} beans (the relay idles when a service declares none). The
 * table comes from the platform's repeatable migration {@code db/platform/R__outbox.sql}.
 */
@AutoConfiguration(after = ClockAutoConfiguration.class,
        afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ JdbcClient.class, MeterRegistry.class })
@ConditionalOnBean({ DataSource.class, PlatformTransactionManager.class })
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxRelay outboxRelay(DataSource dataSource, PlatformTransactionManager transactions,
            List<OutboxHandler> handlers, OutboxProperties properties, Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(JdbcClient.create(dataSource), new TransactionTemplate(transactions), handlers,
                properties, clock, meters.getIfAvailable());
    }

    // The relay is looked up only when a commit wakes it: handlers may well use services that write to the outbox.
    @Bean
    Outbox outbox(DataSource dataSource, Clock clock, ObjectProvider<OutboxRelay> relay) {
        return new Outbox(JdbcClient.create(dataSource), clock, () -> relay.ifAvailable(OutboxRelay::wakeUp));
    }
}
