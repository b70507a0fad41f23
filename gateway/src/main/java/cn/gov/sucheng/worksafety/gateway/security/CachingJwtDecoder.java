package cn.gov.sucheng.worksafety.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Access tokens verified once and remembered until they expire, at most {@code maxAge}: a calling system sends the
 * same token for minutes, and checking its RSA signature and parsing its claims on every request was a tenth of
 * the gateway's CPU per request in the profile (bench/results). The key is the whole token, so a remembered answer
 * is only ever given for exactly the characters that were verified; a token that fails is not remembered. What
 * depends on the moment (a client disabled through Nacos, the scope rules) is still decided on every request,
 * after decoding. A key withdrawn from the issuer's JWK set stops its tokens within {@code maxAge}.
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    /** @param ticker the cache's monotonic time ({@link Ticker#systemTicker()}), {@code clock} the tokens' time */
    CachingJwtDecoder(ReactiveJwtDecoder delegate, Duration maxAge, long maxTokens, Clock clock, Ticker ticker) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(maxTokens)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifetime(jwt, maxAge)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && unexpired(known)) {
            return Mono.just(known);
        }
        return delegate.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }

    private boolean unexpired(Jwt jwt) {
        return jwt.getExpiresAt() == null || clock.instant().isBefore(jwt.getExpiresAt());
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
