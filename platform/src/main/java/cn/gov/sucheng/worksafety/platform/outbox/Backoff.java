package cn.gov.sucheng.worksafety.platform.outbox;

import java.time.Duration;

/**
 * How long a failed message waits before its next attempt: {@code initial} after the first failure, doubling
 * with each further failure, never more than {@code max}.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max: " + initial + ", " + max);
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration after(int failures) {
        int doublings = Math.max(0, failures - 1);
        // Beyond 2^30 times any sensible initial the cap applies anyway; this keeps the shift from overflowing.
        if (doublings >= 30) {
            return max;
        }
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
