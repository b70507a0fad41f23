package cn.gov.sucheng.worksafety.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test issuer's real verification underneath, counted; the cache's time is moved by hand. */
class CachingJwtDecoderTest {

    final AtomicInteger verifications = new AtomicInteger();
    final JwtDecoder issuer = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
    final JwtDecoder counted = token -> {
        verifications.incrementAndGet();
        return issuer.decode(token);
    };
    final AtomicLong nanos = new AtomicLong();
    Instant now = Instant.now();
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    final CachingJwtDecoder decoder = new CachingJwtDecoder(counted,
            new VerifiedTokens(Duration.ofMinutes(5), 100, clock, nanos::get));

    void advance(Duration by) {
        now = now.plus(by);
        nanos.addAndGet(by.toNanos());
    }

    @Test
    void verifiesAToken() {
        String token = TestTokens.withScopes("enterprise:read");
        Jwt first = decoder.decode(token);
        Jwt again = decoder.decode(token);

        assertThat(verifications).hasValue(1);
        assertThat(again).isSameAs(first);
        assertThat(again.getSubject()).isEqualTo("test-client");
        assertThat(again.getClaimAsString("scope")).isEqualTo("enterprise:read");
    }

    @Test
    void neverRemembersATokenThatFailed() {
        String forged = TestTokens.forged();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(2);
        assertThatThrownBy(() -> decoder.decode(TestTokens.expired())).isInstanceOf(BadJwtException.class);
    }

    @Test
    void verifiesAgainOnceTheTokenHasExpired() {
        String token = TestTokens.token("grid-platform", List.of("hazard:read"), null, Duration.ofMinutes(2), null);
        decoder.decode(token);
        advance(Duration.ofSeconds(119));
        decoder.decode(token);
        assertThat(verifications).hasValue(1);

        advance(Duration.ofSeconds(2));
        // Past its expiry for the cache: the issuer's verification decides again (here it still accepts it,
        // being within its 60 s of clock skew by the real clock).
        decoder.decode(token);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void verifiesALongLivedTokenAgainAfterTheMaximumAge() {
        String token = TestTokens.token("grid-platform", List.of("hazard:read"), null, Duration.ofHours(2), null);
        decoder.decode(token);
        advance(Duration.ofMinutes(4));
        decoder.decode(token);
        assertThat(verifications).hasValue(1);

        advance(Duration.ofMinutes(2));
        decoder.decode(token);
        assertThat(verifications).hasValue(2);
    }
}
