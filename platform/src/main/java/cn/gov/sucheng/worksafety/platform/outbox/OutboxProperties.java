package cn.gov.sucheng.worksafety.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code worksafety.outbox.*}: how the relay delivers.
 *
 * @param pollInterval   how often the relay looks for due messages when nothing woke it
 * @param batchSize      messages claimed per round (at most one per topic and aggregate)
 * @param initialBackoff wait after a first failure; it doubles with each further failure
 * @param maxBackoff     the longest wait between two attempts
 * @param retention      how long delivered messages are kept (for inquiries) before they are purged
 */
@ConfigurationProperties("worksafety.outbox")
public record OutboxProperties(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("100") int batchSize,
        @DefaultValue("1s") Duration initialBackoff, @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("7d") Duration retention) {

    public OutboxProperties {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("worksafety.outbox.poll-interval must be positive: " + pollInterval);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("worksafety.outbox.batch-size must be at least 1: " + batchSize);
        }
    }

    Backoff backoff() {
        return new Backoff(initialBackoff, maxBackoff);
    }
}
