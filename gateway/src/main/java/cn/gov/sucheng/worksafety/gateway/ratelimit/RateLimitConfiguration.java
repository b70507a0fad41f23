package cn.gov.sucheng.worksafety.gateway.ratelimit;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rate limits per client: the shared store, the limiter and the web filter ({@link RateLimitSettings}). */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    SharedBuckets sharedBuckets(RateLimitSettings settings) {
        return new SharedBuckets(settings.getStore(), settings.getSync());
    }

    @Bean
    ClientRateLimiter clientRateLimiter(RateLimitSettings settings, SharedBuckets buckets) {
        return new ClientRateLimiter(settings, buckets);
    }

    @Bean
    RateLimitFilter rateLimitFilter(ClientRateLimiter limiter, RateLimitSettings settings, JsonMapper json) {
        return new RateLimitFilter(limiter, settings, json);
    }

    /** Rows of buckets idle long enough to be full again are deleted now and then, by whichever replica. */
    @Bean(destroyMethod = "dispose")
    Disposable rateLimitPurge(SharedBuckets buckets, RateLimitSettings settings) {
        return Schedulers.boundedElastic().schedulePeriodically(() -> {
            if (!settings.limiting()) {
                return;
            }
            try {
                buckets.purgeExpired();
            }
            catch (RuntimeException ex) {
                log.debug("rate-limit purge skipped: {}", ex.toString());
            }
        }, 5, Duration.ofMinutes(5).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    }
}
