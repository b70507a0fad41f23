package cn.gov.sucheng.worksafety.hazard.indicator.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanIndicatorsTest {

    // 2020: 20 accidents, 16 deaths (12 in industry and trade), 5 on the road, 4 in construction; GDP 500, 100,000 workers.
    static final YearFacts BASELINE = new YearFacts(2020, 20, 16, 12, 5, 4, new BigDecimal("500"), 100_000);

    static Map<PlanIndicator, IndicatorResult> byIndicator(List<IndicatorResult> results) {
        return results.stream().collect(Collectors.toMap(IndicatorResult::indicator, Function.identity()));
    }

    @Test
    void computesTheSixIndicatorsAgainstTheBaselineWithTheShareDueByTheYear() {
        // 2023: three fifths of each target are due (15% → 9%).
        var r = byIndicator(PlanIndicators.evaluate(BASELINE,
                new YearFacts(2023, 18, 12, 9, 4, 4, new BigDecimal("600"), 120_000)));

        assertThat(r).hasSize(6);
        IndicatorResult accidents = r.get(PlanIndicator.ACCIDENTS);
        assertThat(accidents.changePercent()).isEqualTo(-10.0);
        assertThat(accidents.expectedReductionPercent()).isEqualTo(9.0);
        assertThat(accidents.onTrack()).isTrue();
        assertThat(accidents.binding()).isTrue();

        assertThat(r.get(PlanIndicator.DEATHS).changePercent()).isEqualTo(-25.0);
        // 16/500 = 0.032 → 12/600 = 0.02: −37.5% against 21% due.
        IndicatorResult gdp = r.get(PlanIndicator.DEATHS_PER_100M_GDP);
        assertThat(gdp.baselineValue()).isEqualTo(0.032);
        assertThat(gdp.value()).isEqualTo(0.02);
        assertThat(gdp.changePercent()).isEqualTo(-37.5);
        assertThat(gdp.onTrack()).isTrue();
        // 12 per 100,000 → 7.5 per 100,000: −37.5%.
        assertThat(r.get(PlanIndicator.DEATHS_PER_100K_WORKERS).value()).isEqualTo(7.5);
        assertThat(r.get(PlanIndicator.ROAD_TRANSPORT_DEATHS).binding()).isFalse();
        assertThat(r.get(PlanIndicator.ROAD_TRANSPORT_DEATHS).changePercent()).isEqualTo(-20.0);
        // Construction deaths did not fall while 9% was due.
        assertThat(r.get(PlanIndicator.CONSTRUCTION_DEATHS).onTrack()).isFalse();
    }

    @Test
    void byThePlansLastYearAStrictTargetNeedsMoreThanItsFigureAndAnInclusiveOneItsFigure() {
        // Accidents 20 → 17 is exactly −15%: "more than 15%" is missed; road deaths 5 → 4 is −20%: "20% or more" met.
        var r = byIndicator(PlanIndicators.evaluate(BASELINE,
                new YearFacts(2025, 17, 16, 12, 4, 4, new BigDecimal("500"), 100_000)));
        assertThat(r.get(PlanIndicator.ACCIDENTS).expectedReductionPercent()).isEqualTo(15.0);
        assertThat(r.get(PlanIndicator.ACCIDENTS).onTrack()).isFalse();
        assertThat(r.get(PlanIndicator.ROAD_TRANSPORT_DEATHS).onTrack()).isTrue();
    }

    @Test
    void withoutTheInputsTheRatesAreNotComputedAndSaySo() {
        var r = byIndicator(PlanIndicators.evaluate(BASELINE, new YearFacts(2022, 10, 8, 6, 2, 1, null, null)));
        IndicatorResult gdp = r.get(PlanIndicator.DEATHS_PER_100M_GDP);
        assertThat(gdp.changePercent()).isNull();
        assertThat(gdp.onTrack()).isNull();
        assertThat(gdp.note()).contains("2022");
        assertThat(r.get(PlanIndicator.DEATHS).onTrack()).isTrue();
    }

    @Test
    void aZeroBaselineCannotShowAFall() {
        YearFacts none = new YearFacts(2020, 0, 0, 0, 0, 0, BigDecimal.TEN, 10);
        var r = byIndicator(PlanIndicators.evaluate(none, new YearFacts(2021, 1, 1, 1, 1, 1, BigDecimal.TEN, 10)));
        assertThat(r.get(PlanIndicator.ACCIDENTS).changePercent()).isNull();
        assertThat(r.get(PlanIndicator.ACCIDENTS).note()).contains("baseline is 0");
    }

    @Test
    void theYearMustFollowTheBaseline() {
        assertThatThrownBy(() -> PlanIndicators.evaluate(BASELINE, BASELINE))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }

    @Test
    void theDistrictsThirteenthPlanFallsReadAsTheyWereReported() {
        // 2016 → 2020 as the plan reports them: accidents −77.8%, deaths −81.3% (45 → 10, 32 → 6).
        YearFacts y2016 = new YearFacts(2016, 45, 32, 20, 10, 5, null, null);
        var r = byIndicator(PlanIndicators.evaluate(y2016, new YearFacts(2020, 10, 6, 3, 2, 1, null, null)));
        assertThat(r.get(PlanIndicator.ACCIDENTS).changePercent()).isEqualTo(-77.8);
        assertThat(r.get(PlanIndicator.DEATHS).changePercent()).isEqualTo(-81.3);
    }
}
