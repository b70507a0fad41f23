package cn.gov.sucheng.worksafety.enterprise.registry.web;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.sucheng.worksafety.enterprise.registry.application.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.problem.FieldProblem;

/**
 * The version a change is based on, from {@code If-Match} (the ETag of a read) or a {@code version} field.
 * A stale {@code If-Match} is a failed precondition (412); a stale {@code version} field a conflict (409).
 */
final class VersionPreconditions {

    private static final Pattern STRONG_ETAG = Pattern.compile("\"(\\d{1,18})\"");

    private VersionPreconditions() {
    }

    /** The version an {@code If-Match} header names, or null without one. */
    static Long ifMatch(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = STRONG_ETAG.matcher(header.trim());
        if (!m.matches()) {
            // "*" would match any version, which is exactly the unconditional overwrite this guards against.
            throw new FieldProblem("If-Match", "If-Match must be the one ETag of a read, like \"3\"; not "
                    + header.trim());
        }
        return Long.parseLong(m.group(1));
    }

    /** The version an update is based on; one of the two is required, and they must agree if both are given. */
    static long basedOn(Long ifMatch, Long bodyVersion) {
        if (ifMatch == null && bodyVersion == null) {
            throw new FieldProblem("version", "version is required (or If-Match: \"<version>\"), so that a "
                    + "concurrent change is never overwritten");
        }
        if (ifMatch != null && bodyVersion != null && !ifMatch.equals(bodyVersion)) {
            throw new FieldProblem("version", "version " + bodyVersion + " differs from If-Match \"" + ifMatch + "\"");
        }
        return ifMatch != null ? ifMatch : bodyVersion;
    }

    /** What a stale version is answered with, given where the version came from. */
    static RuntimeException stale(StaleVersionException ex, UUID id, long basedOn, Long ifMatch) {
        return ifMatch == null ? ex : new PreconditionFailed(id, basedOn, ex.currentVersion());
    }

    /** A stale {@code If-Match}: 412 Precondition Failed, with the conflict type. */
    static final class PreconditionFailed extends StaleVersionException {

        PreconditionFailed(UUID id, long basedOn, long currentVersion) {
            super(412, id, basedOn, currentVersion);
        }
    }
}
