package cn.gov.sucheng.worksafety.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A service's token verification, each token once until it expires ({@link VerifiedTokens}). */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final VerifiedTokens tokens;

    public CachingJwtDecoder(JwtDecoder delegate, VerifiedTokens tokens) {
        this.delegate = delegate;
        this.tokens = tokens;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = tokens.known(token);
        if (known != null) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        tokens.remember(token, jwt);
        return jwt;
    }
}
