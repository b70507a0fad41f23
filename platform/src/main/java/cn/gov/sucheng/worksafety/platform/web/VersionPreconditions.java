package cn.gov.sucheng.worksafety.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * The version a change is based on, from {@code If-Match} (the ETag of a read, {@code "<version>"}) or a
 * {@code version} field. The ETag of every versioned resource of the suite is its version in quotes, so a
 * stale {@code If-Match} is answered 412 and a stale {@code version} field 409 (see {@link ProblemHandler}).
 */
public final class VersionPreconditions {

    /**
     * An If-Match value for the OpenAPI document: springdoc reads an example as JSON, so the quotes that belong to the
     * ETag itself are escaped inside a JSON string.
     */
    public static final String IF_MATCH_EXAMPLE = "\"\\\"3\\\"\"";

    private static final Pattern STRONG_ETAG = Pattern.compile("\"(\\d{1,18})\"");

    private VersionPreconditions() {
    }

    /** The version an {@code If-Match} header names, or null without one. */
    public static Long ifMatch(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = STRONG_ETAG.matcher(header.trim());
        if (!m.matches()) {
            // "*" would match any version, which is exactly the unconditional overwrite this guards against.
            throw new InvalidException("If-Match", "If-Match must be the one ETag of a read, like \"3\"; not "
                    + header.trim());
        }
        return Long.parseLong(m.group(1));
    }

    /** The version an update is based on; one of the two is required, and they must agree if both are given. */
    public static long basedOn(Long ifMatch, Long bodyVersion) {
        if (ifMatch == null && bodyVersion == null) {
            throw new InvalidException("version", "version is required (or If-Match: \"<version>\"), so that a "
                    + "concurrent change is never overwritten");
        }
        if (ifMatch != null && bodyVersion != null && !ifMatch.equals(bodyVersion)) {
            throw new InvalidException("version", "version " + bodyVersion + " differs from If-Match \"" + ifMatch + "\"");
        }
        return ifMatch != null ? ifMatch : bodyVersion;
    }

    /** The ETag of a resource at {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
