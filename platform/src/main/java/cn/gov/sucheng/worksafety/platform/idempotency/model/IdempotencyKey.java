package cn.gov.sucheng.worksafety.platform.idempotency.model;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * The value of an {@code Idempotency-Key} request header. The IETF draft "The Idempotency-Key HTTP Header Field"
 * makes it a Structured Field String ({@code "8e03978e-…"}); the unquoted form most clients send is accepted too.
 * Either way it is printable ASCII, 1 to {@value #MAX_LENGTH} characters.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isBlank()) {
            throw invalid("must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw invalid("must be at most " + MAX_LENGTH + " characters long");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw invalid("must be printable ASCII (a UUID is a good key)");
            }
        }
    }

    /** Reads the header as sent: a quoted Structured Field String or a bare token. */
    public static IdempotencyKey parse(String header) {
        String trimmed = header == null ? "" : header.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return new IdempotencyKey(unquote(trimmed.substring(1, trimmed.length() - 1)));
        }
        if (trimmed.indexOf('"') >= 0) {
            throw invalid("has an unbalanced quote");
        }
        return new IdempotencyKey(trimmed);
    }

    // RFC 8941 §3.3.3: inside a string only \" and \\ are escapes, and a bare quote ends it.
    private static String unquote(String inner) {
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                if (i + 1 == inner.length() || (inner.charAt(i + 1) != '"' && inner.charAt(i + 1) != '\\')) {
                    throw invalid("has a backslash that escapes neither a quote nor a backslash");
                }
                c = inner.charAt(++i);
            }
            else if (c == '"') {
                throw invalid("has an unescaped quote inside the quoted key");
            }
            out.append(c);
        }
        return out.toString();
    }

    private static InvalidException invalid(String message) {
        return new InvalidException(HEADER, HEADER + " " + message);
    }
}
