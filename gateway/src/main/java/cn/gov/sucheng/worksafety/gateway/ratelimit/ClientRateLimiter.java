package cn.gov.sucheng.worksafety.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import cn.gov.sucheng.worksafety.gateway.ratelimit.RateLimitSettings.Limit;

/**
 * One token bucket per calling system, shared by the gateway replicas through {@link SharedBuckets}. A client
 * whose limit changes gets a bucket of its own for the new limit (the limit is part of the bucket's key), so
 * every replica that has the new settings counts against the same bucket at once.
 * <p>
 * When the store cannot be reached in time, the request is let through and the failure logged: the limit
 * protects the services from one noisy client, and a store outage must not become an outage of the suite.
 */
public class ClientRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(ClientRateLimiter.class);

    /** What the limiter decided; {@code retryAfterSeconds} is 0 when the request may go on. */
    public record Verdict(boolean allowed, long retryAfterSeconds, Limit limit) {
    }

    private final RateLimitSettings settings;
    private final SharedBuckets store;
    private final Map<String, ClientBucket> buckets = new ConcurrentHashMap<>();

    private record ClientBucket(Limit limit, AsyncBucketProxy bucket) {
    }

    ClientRateLimiter(RateLimitSettings settings, SharedBuckets store) {
        this.settings = settings;
        this.store = store;
    }

    /** Takes one request from {@code client}'s allowance. */
    public Mono<Verdict> acquire(String client) {
        Limit limit = settings.limitFor(client);
        ClientBucket current = buckets.get(client);
        if (current == null || !current.limit().equals(limit)) {
            current = new ClientBucket(limit, store.bucket(key(client, limit), configuration(limit)));
            buckets.put(client, current);
        }
        CompletableFuture<ConsumptionProbe> probe;
        try {
            probe = current.bucket().tryConsumeAndReturnRemaining(1);
        }
        catch (RuntimeException ex) {
            return Mono.just(failedOpen(client, ex));
        }
        if (probe.isDone() && !probe.isCompletedExceptionally()) {
            // Answered from the local copy: no Mono machinery and no thread switch on the common path.
            return Mono.just(verdict(probe.join(), limit));
        }
        return Mono.fromFuture(probe)
                .timeout(settings.getStore().getTimeout())
                .map(p -> verdict(p, limit))
                .onErrorResume(ex -> Mono.just(failedOpen(client, ex)))
                // The store's thread completed the future: the request goes on elsewhere, leaving it free.
                .publishOn(Schedulers.parallel());
    }

    private Verdict failedOpen(String client, Throwable ex) {
        log.warn("rate-limit store did not answer for client {}; request let through ({})", client, ex.toString());
        return new Verdict(true, 0, null);
    }

    private static Verdict verdict(ConsumptionProbe probe, Limit limit) {
        if (probe.isConsumed()) {
            return new Verdict(true, 0, limit);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
        return new Verdict(false, Math.max(1, seconds), limit);
    }

    private static String key(String client, Limit limit) {
        return client + "|" + limit.requests() + "/" + limit.per().toMillis() + "ms";
    }

    private static BucketConfiguration configuration(Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()))
                .build();
    }
}
