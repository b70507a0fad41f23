package cn.gov.sucheng.worksafety.training.certificate.model;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.NullMarked;

/**
 * What a review found about the holder's period.
 *
 * @param violations violations recorded in the period
 * @param refresherHours hours of refresher training in the period
 */
@NullMarked
public record ReviewFindings(boolean healthCheckPassed, int violations, boolean administrativePenalty,
        int refresherHours) {

    public static final int MAX_VIOLATIONS = 1;
    public static final int MIN_REFRESHER_HOURS = 8;

    /** The rules these findings fail, in the order the regulation lists them; empty for a pass. */
    public List<ReviewRule> failedRules() {
        List<ReviewRule> failed = new ArrayList<>();
        if (!healthCheckPassed) {
            failed.add(ReviewRule.HEALTH_CHECK);
        }
        if (violations > MAX_VIOLATIONS) {
            failed.add(ReviewRule.VIOLATIONS);
        }
        if (administrativePenalty) {
            failed.add(ReviewRule.ADMINISTRATIVE_PENALTY);
        }
        if (refresherHours < MIN_REFRESHER_HOURS) {
            failed.add(ReviewRule.MISSED_TRAINING);
        }
        return List.copyOf(failed);
    }

    /** Any violation or penalty interrupts clean practice, even when the review passes. */
    public boolean clean() {
        return violations == 0 && !administrativePenalty;
    }
}
