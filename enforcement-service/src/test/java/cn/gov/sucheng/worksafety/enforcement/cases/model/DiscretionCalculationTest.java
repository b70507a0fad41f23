package cn.gov.sucheng.worksafety.enforcement.cases.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.gov.sucheng.worksafety.enforcement.cases.model.DiscretionBaseline.FineRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscretionCalculationTest {

    static final DiscretionBaseline BASELINE = new DiscretionBaseline("UNTRAINED_SPECIAL_OPERATORS",
            "特种作业人员未按照规定经专门的安全作业培训并取得相应资格上岗作业", "《安全生产法》第九十七条第七项",
            Map.of(DiscretionBand.LIGHT, range(10_000, 30_000), DiscretionBand.GENERAL, range(30_000, 60_000),
                    DiscretionBand.SERIOUS, range(60_000, 100_000)));

    static FineRange range(long min, long max) {
        return new FineRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    static final Circumstance REPEATED = new Circumstance(true, "一年内因同一违法行为受过处罚");
    static final Circumstance REFUSED = new Circumstance(true, "拒不配合执法检查");
    static final Circumstance CORRECTED = new Circumstance(false, "主动消除违法行为危害后果");
    static final Circumstance FIRST = new Circumstance(false, "初次违法且危害后果轻微");

    @Test
    void withoutCircumstancesTheFineIsTheMiddleOfTheBand() {
        DiscretionCalculation.Result result = DiscretionCalculation.compute(BASELINE, DiscretionBand.GENERAL, List.of());

        assertThat(result.fine()).isEqualByComparingTo("45000");
        assertThat(result.appliedBand()).isEqualTo(DiscretionBand.GENERAL);
        assertThat(result.explanation()).anyMatch(s -> s.contains("30000–60000")).anyMatch(s -> s.contains("45000"));
    }

    @Test
    void eachNetCircumstanceMovesAQuarterOfTheRange() {
        assertThat(DiscretionCalculation.compute(BASELINE, DiscretionBand.GENERAL, List.of(REPEATED)).fine())
                .isEqualByComparingTo("52500");
        assertThat(DiscretionCalculation.compute(BASELINE, DiscretionBand.GENERAL, List.of(CORRECTED)).fine())
                .isEqualByComparingTo("37500");
        assertThat(DiscretionCalculation.compute(BASELINE, DiscretionBand.GENERAL, List.of(REPEATED, CORRECTED)).fine())
                .as("they cancel out").isEqualByComparingTo("45000");
    }

    @Test
    void twoNetAggravatingCircumstancesMoveTheCaseUpABand() {
        DiscretionCalculation.Result result = DiscretionCalculation.compute(BASELINE, DiscretionBand.GENERAL,
                List.of(REPEATED, REFUSED));

        assertThat(result.appliedBand()).isEqualTo(DiscretionBand.SERIOUS);
        assertThat(result.fine()).isEqualByComparingTo("80000");
        assertThat(result.explanation()).anyMatch(s -> s.contains("拒不配合执法检查")).anyMatch(s -> s.contains("上调"));
    }

    @Test
    void twoNetMitigatingCircumstancesMoveTheCaseDownButNeverBelowTheLightestBand() {
        assertThat(DiscretionCalculation.compute(BASELINE, DiscretionBand.GENERAL, List.of(CORRECTED, FIRST)).appliedBand())
                .isEqualTo(DiscretionBand.LIGHT);
        DiscretionCalculation.Result light = DiscretionCalculation.compute(BASELINE, DiscretionBand.LIGHT,
                List.of(CORRECTED, FIRST, new Circumstance(false, "积极配合调查")));
        assertThat(light.appliedBand()).isEqualTo(DiscretionBand.LIGHT);
        assertThat(light.fine()).as("kept inside the band").isEqualByComparingTo("10000");
    }

    @Test
    void roundsToAHundredYuanInsideTheBand() {
        DiscretionBaseline odd = new DiscretionBaseline("X", "x", "y", Map.of(DiscretionBand.LIGHT, range(1_000, 2_050)));

        assertThat(DiscretionCalculation.compute(odd, DiscretionBand.LIGHT, List.of()).fine()).isEqualByComparingTo("1500");
        assertThat(DiscretionCalculation.compute(odd, DiscretionBand.LIGHT, List.of(REPEATED)).fine())
                .isEqualByComparingTo("1800");
    }
}
