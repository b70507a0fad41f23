package cn.gov.sucheng.worksafety.training.session.model;

import cn.gov.sucheng.worksafety.training.trainee.model.KeyPost;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HoursRequirementTest {

    @Test
    void followsThePostAndTheTrade() {
        assertThat(HoursRequirement.of(KeyPost.PRINCIPAL, false)).isEqualTo(new HoursRequirement(32, 12));
        assertThat(HoursRequirement.of(KeyPost.SAFETY_MANAGER, true)).isEqualTo(new HoursRequirement(48, 16));
        assertThat(HoursRequirement.of(KeyPost.OTHER, false)).isEqualTo(new HoursRequirement(24, 0));
        assertThat(HoursRequirement.of(KeyPost.SPECIAL_OPERATION_WORKER, true)).isEqualTo(new HoursRequirement(72, 20));
    }

    @Test
    void exactlyTheRequiredHoursMeetTheRuleAndOneLessDoesNot() {
        HoursRequirement rule = HoursRequirement.of(KeyPost.PRINCIPAL, true);

        assertThat(rule.shortfall(48, 16).isMet()).isTrue();
        assertThat(rule.shortfall(47, 16)).isEqualTo(new HoursRequirement.Shortfall(1, 0));
        assertThat(rule.shortfall(60, 15)).isEqualTo(new HoursRequirement.Shortfall(0, 1));
    }
}
