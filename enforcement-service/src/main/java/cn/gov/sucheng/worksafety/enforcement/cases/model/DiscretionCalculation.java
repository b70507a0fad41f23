package cn.gov.sucheng.worksafety.enforcement.cases.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.jspecify.annotations.NullMarked;

/**
 * Computes a fine from a baseline, the band the facts place the case in, and its circumstances, explaining each
 * step. The rule: the fine starts at the middle of the band's range; two net circumstances the same way move the
 * case one band (up for aggravating, down for mitigating, where there is one), starting again at its middle; each
 * remaining net circumstance moves the fine a quarter of the band's range; the result stays inside the band and
 * is rounded to CNY 100.
 */
public final class DiscretionCalculation {

    static final BigDecimal STEP = new BigDecimal("0.25");
    static final BigDecimal ROUNDING = new BigDecimal("100");

    private DiscretionCalculation() {
    }

    public static Result compute(DiscretionBaseline baseline, DiscretionBand band, List<Circumstance> circumstances) {
        List<String> steps = new ArrayList<>();
        long aggravating = circumstances.stream().filter(Circumstance::aggravating).count();
        long mitigating = circumstances.size() - aggravating;
        for (Circumstance c : circumstances) {
            steps.add((c.aggravating() ? "从重情节: " : "从轻情节: ") + c.description());
        }
        long net = aggravating - mitigating;
        steps.add("基础阶次 " + band + ", 从重 " + aggravating + " 项, 从轻 " + mitigating + " 项, 净 " + net);
        DiscretionBand applied = band;
        if (net >= 2 && band.ordinal() < DiscretionBand.SERIOUS.ordinal()) {
            applied = DiscretionBand.values()[band.ordinal() + 1];
            net -= 2;
            steps.add("净从重 2 项, 阶次上调为 " + applied);
        }
        else if (net <= -2 && band.ordinal() > DiscretionBand.LIGHT.ordinal()) {
            applied = DiscretionBand.values()[band.ordinal() - 1];
            net += 2;
            steps.add("净从轻 2 项, 阶次下调为 " + applied);
        }
        DiscretionBaseline.FineRange range = baseline.bands().get(applied);
        if (range == null) {
            throw new InvalidException("band", "baseline " + baseline.violationType() + " has no band " + applied);
        }
        BigDecimal width = range.max().subtract(range.min());
        BigDecimal middle = range.min().add(width.divide(BigDecimal.valueOf(2)));
        steps.add(applied + " 罚款幅度 " + plain(range.min()) + "–" + plain(range.max()) + " 元, 起点为中值 " + plain(middle) + " 元");
        BigDecimal amount = middle.add(width.multiply(STEP).multiply(BigDecimal.valueOf(net)));
        if (net != 0) {
            steps.add("其余净" + (net > 0 ? "从重 " : "从轻 ") + Math.abs(net) + " 项, 每项调整幅度的 25% ("
                    + plain(width.multiply(STEP)) + " 元): " + plain(amount) + " 元");
        }
        BigDecimal clamped = amount.max(range.min()).min(range.max());
        if (clamped.compareTo(amount) != 0) {
            steps.add("不得超出本阶次幅度: " + plain(clamped) + " 元");
        }
        BigDecimal rounded = clamped.divide(ROUNDING, 0, RoundingMode.HALF_UP).multiply(ROUNDING).max(range.min())
                .min(range.max());
        steps.add("取整到百元: " + plain(rounded) + " 元");
        return new Result(baseline.violationType(), band, applied, range, rounded, steps);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The fine and how it came about. */
    @NullMarked
    public record Result(String violationType, DiscretionBand startingBand, DiscretionBand appliedBand,
            DiscretionBaseline.FineRange range, BigDecimal fine, List<String> explanation) {
    }
}
