package cn.gov.sucheng.worksafety.hazard.indicator.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of the plan for one year against the baseline year.
 *
 * @param targetReductionPercent the plan's reduction by its last year, e.g. 15 for "down more than 15%"
 * @param expectedReductionPercent the share of that target due by this year (spread evenly over the plan's years)
 * @param changePercent the actual change against the baseline (negative is a fall); null when it cannot be computed
 * @param onTrack whether the fall so far meets the share due; null when it cannot be computed
 * @param note why it cannot be computed, when it cannot
 */
@NullMarked
public record IndicatorResult(PlanIndicator indicator, String name, boolean binding, double targetReductionPercent,
        double expectedReductionPercent, @Nullable Double baselineValue, @Nullable Double value,
        @Nullable Double changePercent, @Nullable Boolean onTrack, @Nullable String note) {
}
