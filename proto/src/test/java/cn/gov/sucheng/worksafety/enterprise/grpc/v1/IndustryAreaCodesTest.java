package cn.gov.sucheng.worksafety.enterprise.grpc.v1;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndustryAreaCodesTest {

    @Test
    void thePatternAndTheRefusalNameExactlyTheContractsAreas() {
        assertThat(IndustryAreaCodes.PATTERN).isEqualTo("^(" + String.join("|", IndustryAreaCodes.codes()) + ")$");
        assertThat(IndustryAreaCodes.NOT_AN_AREA).endsWith("; one of " + String.join(", ", IndustryAreaCodes.codes()));
        assertThat("CONSTRUCTION").matches(IndustryAreaCodes.PATTERN);
        assertThat("MINING").doesNotMatch(IndustryAreaCodes.PATTERN);
    }

    @Test
    void aCodeReadsBackAsItsAreaAndAnUnknownOneAsNone() {
        assertThat(IndustryAreaCodes.of("TOWN_GAS")).contains(IndustryArea.INDUSTRY_AREA_TOWN_GAS);
        assertThat(IndustryAreaCodes.code(IndustryArea.INDUSTRY_AREA_TOWN_GAS)).isEqualTo("TOWN_GAS");
        assertThat(IndustryAreaCodes.code(IndustryArea.INDUSTRY_AREA_UNSPECIFIED)).isEqualTo("OTHER");
        assertThat(IndustryAreaCodes.of("MINING")).isEmpty();
        assertThat(IndustryAreaCodes.of(null)).isEmpty();
    }
}
