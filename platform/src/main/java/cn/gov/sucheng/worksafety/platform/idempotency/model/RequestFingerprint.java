package cn.gov.sucheng.worksafety.platform.idempotency.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests "the same request" for one key: method, path with query, and the exact body bytes.
 * A retry resends the same bytes; anything else under the same key is a different request and is refused.
 */
public record RequestFingerprint(String value) {

    public static RequestFingerprint of(String method, String pathAndQuery, byte[] body) {
        MessageDigest sha256 = sha256();
        // Length prefixes keep ("POST", "/a", "b") and ("POST", "/ab", "") apart.
        for (byte[] part : new byte[][] { method.getBytes(StandardCharsets.UTF_8),
                pathAndQuery.getBytes(StandardCharsets.UTF_8), body }) {
            sha256.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) ':');
            sha256.update(part);
        }
        return new RequestFingerprint(HexFormat.of().formatHex(sha256.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
