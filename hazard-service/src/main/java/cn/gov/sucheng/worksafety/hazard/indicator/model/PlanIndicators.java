package cn.gov.sucheng.worksafety.hazard.indicator.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * The plan's indicators for a year, computed against the baseline year (2020). The target is cumulative by the
 * plan's last year (2025); a year in between is on track when its fall meets the share of the target due by then,
 * spread evenly over the plan's five years (3% a year for a 15% target). From the last year on the whole target is
 * due.
 */
public final class PlanIndicators {

    public static final int BASELINE_YEAR = 2020;
    public static final int LAST_YEAR = 2025;

    private PlanIndicators() {
    }

    public static List<IndicatorResult> evaluate(YearFacts baseline, YearFacts year) {
        if (year.year() <= baseline.year()) {
            throw new InvalidException("year", "year must be after the baseline year " + baseline.year());
        }
        double dueShare = Math.min(1.0, (double) (year.year() - baseline.year()) / (LAST_YEAR - baseline.year()));
        return Arrays.stream(PlanIndicator.values()).map(i -> evaluate(i, baseline, year, dueShare)).toList();
    }

    private static IndicatorResult evaluate(PlanIndicator indicator, YearFacts baseline, YearFacts year,
            double dueShare) {
        double due = round(indicator.targetReductionPercent() * dueShare, 2);
        Double base = indicator.measure(baseline);
        Double value = indicator.measure(year);
        String note = null;
        if (base == null || value == null) {
            note = "GDP or workforce of " + (base == null ? baseline.year() : year.year()) + " is not entered";
        }
        else if (base == 0) {
            note = "the baseline is 0: no fall can be measured";
        }
        if (note != null) {
            return new IndicatorResult(indicator, indicator.chineseName(), indicator.binding(),
                    indicator.targetReductionPercent(), due, round(base), round(value), null, null, note);
        }
        double change = (value - base) / base * 100;
        double fall = -change;
        // A fall equal to a strict target ("more than 15%") is not yet enough by the plan's last year only.
        boolean onTrack = dueShare >= 1.0 && indicator.strictlyMore() ? fall > due + 1e-9 : fall >= due - 1e-9;
        return new IndicatorResult(indicator, indicator.chineseName(), indicator.binding(),
                indicator.targetReductionPercent(), due, round(base), round(value), round(change, 1), onTrack, null);
    }

    private static Double round(Double value) {
        return value == null ? null : round(value, 4);
    }

    // Half away from zero, so a fall of 81.25% reads 81.3% as a rise of 81.25% would.
    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
