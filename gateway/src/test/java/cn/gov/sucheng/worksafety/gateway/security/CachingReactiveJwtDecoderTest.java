package cn.gov.sucheng.worksafety.gateway.security;

import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.sucheng.worksafety.platform.security.VerifiedTokens;
import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test issuer's real verification underneath, counted (the cache's rules: platform's CachingJwtDecoderTest). */
class CachingReactiveJwtDecoderTest {

    final AtomicInteger verifications = new AtomicInteger();
    final ReactiveJwtDecoder issuer = NimbusReactiveJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
    final CachingReactiveJwtDecoder decoder = new CachingReactiveJwtDecoder(token -> Mono.defer(() -> {
        verifications.incrementAndGet();
        return issuer.decode(token);
    }), VerifiedTokens.withSuiteSettings());

    @Test
    void verifiesATokenOnceAndNeverRemembersOneThatFailed() {
        String token = TestTokens.withScopes("enterprise:read");
        Jwt first = decoder.decode(token).block();
        assertThat(decoder.decode(token).block()).isSameAs(first);
        assertThat(first.getClaimAsString("scope")).isEqualTo("enterprise:read");
        assertThat(verifications).hasValue(1);

        String forged = TestTokens.forged();
        assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(3);
    }
}
