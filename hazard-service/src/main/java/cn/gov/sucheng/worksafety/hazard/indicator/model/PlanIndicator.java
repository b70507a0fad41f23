package cn.gov.sucheng.worksafety.hazard.indicator.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Function;

/**
 * The six main indicators (主要指标) of the district's 14th Five-Year work-safety plan (2021–2025), each a
 * reduction against 2020: the first four binding (约束性), the last two expected (预期性).
 */
public enum PlanIndicator {
    ACCIDENTS("生产安全事故起数下降", true, 15, true, f -> (double) f.accidents()),
    DEATHS("生产安全事故死亡人数下降", true, 15, true, f -> (double) f.deaths()),
    DEATHS_PER_100M_GDP("亿元国内生产总值生产安全事故死亡率下降", true, 35, true,
            f -> f.gdp100mCny() == null ? null
                    : BigDecimal.valueOf(f.deaths()).divide(f.gdp100mCny(), MathContext.DECIMAL64).doubleValue()),
    DEATHS_PER_100K_WORKERS("工矿商贸就业人员十万人生产安全事故死亡率下降", true, 20, true,
            f -> f.industryTradeWorkers() == null ? null
                    : f.industryTradeDeaths() * 100_000.0 / f.industryTradeWorkers()),
    ROAD_TRANSPORT_DEATHS("道路运输生产安全事故死亡人数下降", false, 20, false, f -> (double) f.roadTransportDeaths()),
    CONSTRUCTION_DEATHS("建筑施工生产安全事故死亡人数累计下降", false, 15, true, f -> (double) f.constructionDeaths());

    private final String chineseName;
    private final boolean binding;
    private final double targetReductionPercent;
    private final boolean strictlyMore;
    private final Function<YearFacts, Double> measure;

    PlanIndicator(String chineseName, boolean binding, double targetReductionPercent, boolean strictlyMore,
            Function<YearFacts, Double> measure) {
        this.chineseName = chineseName;
        this.binding = binding;
        this.targetReductionPercent = targetReductionPercent;
        this.strictlyMore = strictlyMore;
        this.measure = measure;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean binding() {
        return binding;
    }

    public double targetReductionPercent() {
        return targetReductionPercent;
    }

    /** "down more than 15%" (strict) or "down 20% or more". */
    public boolean strictlyMore() {
        return strictlyMore;
    }

    /** The indicator's value in a year; null when an input it needs is missing. */
    public Double measure(YearFacts facts) {
        return measure.apply(facts);
    }
}
