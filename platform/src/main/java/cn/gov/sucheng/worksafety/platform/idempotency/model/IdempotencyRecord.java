package cn.gov.sucheng.worksafety.platform.idempotency.model;

import java.time.Instant;

/** A key's first request (by its fingerprint) and the answer it got, kept until {@code expiresAt}. */
public record IdempotencyRecord(RequestFingerprint fingerprint, StoredAnswer answer, Instant expiresAt) {

    /** Once expired, the key is free again: the record counts as absent. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** A retry of the first request gets its answer; another request under the same key is refused. */
    public boolean isRetryOf(RequestFingerprint request) {
        return fingerprint.equals(request);
    }
}
