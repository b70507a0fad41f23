package cn.gov.sucheng.worksafety.enterprise.risk.model;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskColourChangeTest {

    static final UUID ENTERPRISE = UUID.randomUUID();
    static final OffsetDateTime T1 = OffsetDateTime.parse("2025-01-10T10:00:00+08:00");
    static final OffsetDateTime T2 = T1.plusMonths(6);

    @Test
    void theFirstAssessmentHasNoPreviousColour() {
        RiskColourChange first = RiskColourChange.after(null, ENTERPRISE, RiskColour.RED, "构成一级重大危险源", "李明", T1);

        assertThat(first).isEqualTo(new RiskColourChange(ENTERPRISE, RiskColour.RED, null, "构成一级重大危险源", "李明", T1));
    }

    @Test
    void aLaterChangeRemembersTheColourItReplaces() {
        RiskColourChange first = RiskColourChange.after(null, ENTERPRISE, RiskColour.RED, "构成一级重大危险源", "李明", T1);

        RiskColourChange second = RiskColourChange.after(first, ENTERPRISE, RiskColour.ORANGE, "储罐减量", "李明", T2);

        assertThat(second.colour()).isEqualTo(RiskColour.ORANGE);
        assertThat(second.previousColour()).isEqualTo(RiskColour.RED);
        assertThat(second.changedAt()).isEqualTo(T2);
    }

    @Test
    void anExactRepeatIsAReplayAndRecordsNothing() {
        RiskColourChange first = RiskColourChange.after(null, ENTERPRISE, RiskColour.RED, "构成一级重大危险源", "李明", T1);

        assertThat(RiskColourChange.after(first, ENTERPRISE, RiskColour.RED, "构成一级重大危险源", "李明", T2)).isSameAs(first);
    }

    @Test
    void theSameColourForANewReasonIsAReassessmentAndIsRecorded() {
        RiskColourChange first = RiskColourChange.after(null, ENTERPRISE, RiskColour.RED, "构成一级重大危险源", "李明", T1);

        RiskColourChange again = RiskColourChange.after(first, ENTERPRISE, RiskColour.RED, "年度复评维持重大风险", "李明", T2);

        assertThat(again).isNotSameAs(first);
        assertThat(again.previousColour()).isEqualTo(RiskColour.RED);
    }
}
