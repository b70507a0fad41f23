package cn.gov.sucheng.worksafety.gateway.security;

import cn.gov.sucheng.worksafety.platform.security.VerifiedTokens;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The gateway's token verification, each token once until it expires ({@link VerifiedTokens}). */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final VerifiedTokens tokens;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, VerifiedTokens tokens) {
        this.delegate = delegate;
        this.tokens = tokens;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = tokens.known(token);
        if (known != null) {
            return Mono.just(known);
        }
        return delegate.decode(token).doOnNext(jwt -> tokens.remember(token, jwt));
    }
}
