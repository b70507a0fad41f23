package cn.gov.sucheng.worksafety.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Access tokens verified once and remembered until they expire, at most {@code maxAge}: a calling system sends the
 * same token for minutes, and checking its RSA signature and parsing its claims on every request was a tenth of
 * the gateway's CPU and a fifth of hazard-service's per request in the profiles (bench/results). The key is the
 * whole token, so a remembered answer is only ever given for exactly the characters that were verified; a token
 * that failed is never remembered. What depends on the moment (a client disabled through Nacos, the scope rules)
 * is still decided on every request, after decoding. A key withdrawn from the issuer's JWK set stops its tokens
 * within {@code maxAge}.
 */
public final class VerifiedTokens {

    /** The suite's setting: 5 minutes at most, 10,000 tokens. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    public static final long MAX_TOKENS = 10_000;

    private final Clock clock;
    private final Cache<String, Jwt> verified;

    /** @param ticker the cache's monotonic time ({@link Ticker#systemTicker()}), {@code clock} the tokens' time */
    public VerifiedTokens(Duration maxAge, long maxTokens, Clock clock, Ticker ticker) {
        this.clock = clock;
        // The cache's upkeep (draining its read buffer, expiring) is short and runs on the calling thread: handed to
        // the common pool, it woke another thread on about one gateway request in twelve (async-profiler, unpark).
        this.verified = Caffeine.newBuilder()
                .executor(Runnable::run)
                .ticker(ticker)
                .maximumSize(maxTokens)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifetime(jwt, maxAge)))
                .build();
    }

    public static VerifiedTokens withSuiteSettings() {
        return new VerifiedTokens(MAX_AGE, MAX_TOKENS, Clock.systemUTC(), Ticker.systemTicker());
    }

    /** The token as it was verified, if it was and has not expired since; null otherwise. */
    public Jwt known(String token) {
        Jwt jwt = verified.getIfPresent(token);
        return jwt != null && (jwt.getExpiresAt() == null || clock.instant().isBefore(jwt.getExpiresAt())) ? jwt : null;
    }

    /** Remembers {@code jwt}, which {@code token} was just verified as. */
    public void remember(String token, Jwt jwt) {
        verified.put(token, jwt);
    }

    private Duration lifetime(Jwt jwt, Duration maxAge) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return maxAge;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left.compareTo(maxAge) < 0 ? left : maxAge;
    }
}
