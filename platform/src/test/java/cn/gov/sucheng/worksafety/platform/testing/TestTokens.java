package cn.gov.sucheng.worksafety.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.security.Scopes;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens for tests, signed by the test issuer's key (worksafety/test-issuer/, in this test-jar).
 * Every {@code @SpringBootTest} trusts that key ({@link TestIssuerContextCustomizerFactory}), and
 * {@link JsonHttp} sends {@link #allScopes()} unless told otherwise. Never trusted outside tests.
 */
public final class TestTokens {

    public static final String ISSUER = "https://test-issuer.worksafety.invalid";
    private static final RSAPrivateKey KEY = (RSAPrivateKey) readPrivate("worksafety/test-issuer/private.pem");
    private static final RSAPrivateKey FORGER = (RSAPrivateKey) readPrivate("worksafety/test-issuer/forger.pem");

    private TestTokens() {
    }

    private static volatile String allScopes;
    private static volatile Instant allScopesUntil = Instant.MIN;

    /** A district-level client holding every scope (one token, renewed well before it expires). */
    public static String allScopes() {
        if (Instant.now().isAfter(allScopesUntil)) {
            allScopes = token("test-client", Scopes.all(), null, Duration.ofHours(1), KEY);
            allScopesUntil = Instant.now().plus(Duration.ofMinutes(30));
        }
        return allScopes;
    }

    public static String withScopes(String... scopes) {
        return token("test-client", List.of(scopes), null, Duration.ofHours(1), KEY);
    }

    /** A town-level client: its token names {@code town}. */
    public static String forClient(String client) {
        return token(client, Scopes.all(), null, Duration.ofHours(1), KEY);
    }

    public static String forTown(String town, String... scopes) {
        return token("test-town-client", List.of(scopes), town, Duration.ofHours(1), KEY);
    }

    /** Properly signed, but expired an hour ago. */
    public static String expired() {
        return token("test-client", Scopes.all(), null, Duration.ofHours(-1), KEY);
    }

    /** Every scope, signed by a key nobody trusts. */
    public static String forged() {
        return token("test-client", Scopes.all(), null, Duration.ofHours(1), FORGER);
    }

    /** A token of the test issuer ({@code key} null) or signed by another key. */
    public static String token(String client, List<String> scopes, String town, Duration validFor, RSAPrivateKey key) {
        Instant now = Instant.now();
        Instant issued = validFor.isNegative() ? now.plus(validFor).minus(Duration.ofHours(1)) : now;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).subject(client).audience(client).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issued)).notBeforeTime(Date.from(issued))
                .expirationTime(Date.from(now.plus(validFor)))
                .claim("scope", String.join(" ", scopes));
        if (town != null) {
            claims.claim("town", town);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims.build());
            jwt.sign(new RSASSASigner(key == null ? KEY : key));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The key that verifies this issuer's tokens. */
    public static RSAPublicKey publicKey() {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(pem("worksafety/test-issuer/public.pem")));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static java.security.PrivateKey readPrivate(String resource) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem(resource)));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] pem(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
