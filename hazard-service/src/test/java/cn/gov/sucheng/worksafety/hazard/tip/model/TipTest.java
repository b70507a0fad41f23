package cn.gov.sucheng.worksafety.hazard.tip.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TipTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-10T09:00:00+08:00");

    @Test
    void anAnonymousTipNamesNoOneAndANamedTipNamesSomeone() {
        assertThatThrownBy(() -> Tip.submitted(UUID.randomUUID(), UUID.randomUUID(), true, "张三", null, NOW))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.field()).isEqualTo("anonymous"));
        assertThatThrownBy(() -> Tip.submitted(UUID.randomUUID(), UUID.randomUUID(), false, null, null, NOW))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.field()).isEqualTo("tipsterName"));
    }

    @Test
    void theRewardIsDecidedOnceWithAnAmountWhenGranted() {
        Tip tip = Tip.submitted(UUID.randomUUID(), UUID.randomUUID(), true, null, null, NOW);
        assertThatThrownBy(() -> tip.decide(RewardDecision.GRANTED, null, "局", null, NOW))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.field()).isEqualTo("amountCny"));
        assertThatThrownBy(() -> tip.decide(RewardDecision.DENIED, null, "局", null, NOW))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.field()).isEqualTo("reason"));

        Tip granted = tip.decide(RewardDecision.GRANTED, new BigDecimal("500.00"), "区应急管理局", null, NOW);
        assertThat(granted.rewardAmountCny()).isEqualByComparingTo("500");
        assertThat(granted.version()).isEqualTo(1);
        assertThatThrownBy(() -> granted.decide(RewardDecision.DENIED, null, "局", "重复", NOW))
                .isInstanceOf(ConflictException.class);
    }
}
