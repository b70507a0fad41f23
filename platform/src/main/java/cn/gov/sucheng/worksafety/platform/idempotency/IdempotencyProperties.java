package cn.gov.sucheng.worksafety.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code worksafety.idempotency.*}: how long the answer to an {@code Idempotency-Key} is kept (and so how long
 * a client may retry with it), and how often expired keys are purged.
 *
 * @param enabled      off only for a service that keeps no database
 * @param retention    how long a key answers with its first answer; after that it is free again
 * @param purgeInterval how often each instance deletes expired keys
 * @param purgeBatch   rows deleted per statement, so a purge never holds many locks at once
 */
@ConfigurationProperties("worksafety.idempotency")
public record IdempotencyProperties(@DefaultValue("true") boolean enabled, @DefaultValue("24h") Duration retention,
        @DefaultValue("1h") Duration purgeInterval, @DefaultValue("1000") int purgeBatch) {

    public IdempotencyProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("worksafety.idempotency.retention must be positive: " + retention);
        }
        if (purgeInterval.isNegative() || purgeInterval.isZero()) {
            throw new IllegalArgumentException("worksafety.idempotency.purge-interval must be positive: " + purgeInterval);
        }
        if (purgeBatch < 1) {
            throw new IllegalArgumentException("worksafety.idempotency.purge-batch must be at least 1: " + purgeBatch);
        }
    }
}
