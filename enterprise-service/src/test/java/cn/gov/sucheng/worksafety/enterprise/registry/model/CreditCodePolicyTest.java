package cn.gov.sucheng.worksafety.enterprise.registry.model;

import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodePolicyTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:30:00+08:00");
    static final OverrideGrant GRANT = new OverrideGrant("营业执照所载代码，经市场监管局核实", "区应急管理局 王伟");

    final CreditCodePolicy policy = new CreditCodePolicy(DivisionCodes.provinces());

    @Test
    void admitsACodeThatPassesItsChecksWithoutAnOverride() {
        assertThat(policy.admit(Codes.valid("91321302MA1XYK004"), null, NOW)).isEmpty();
    }

    @Test
    void refusesAnOverrideForACodeThatNeedsNone() {
        assertThatThrownBy(() -> policy.admit(Codes.valid("91321302MA1XYK004"), GRANT, NOW))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("override"));
    }

    @Test
    void refusesAWrongCheckCharacterWithoutAnOverride() {
        assertThatThrownBy(() -> policy.admit(Codes.wrongCheckCharacter("91321302MA1XYK004"), null, NOW))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class,
                        ex -> assertThat(ex.field()).isEqualTo("creditCode"))
                .hasMessageContaining("check character")
                .hasMessageContaining("override");
    }

    @Test
    void refusesAnUnknownDivisionWithoutAnOverride() {
        assertThatThrownBy(() -> policy.admit(Codes.valid("91991302MA1XYK004"), null, NOW))
                .isInstanceOf(InvalidCreditCodeException.class)
                .hasMessageContaining("division code 991302");
    }

    @Test
    void refusesADivisionOutsideAStricterConfiguration() {
        CreditCodePolicy suqianOnly = new CreditCodePolicy(new DivisionCodes(List.of("3213")));

        assertThat(suqianOnly.failedChecks(Codes.valid("91320102MA1XYK004"))).containsExactly(CreditCodeCheck.DIVISION);
        assertThat(suqianOnly.failedChecks(Codes.valid("91321311MA1XYK004"))).isEmpty();
    }

    @Test
    void admitsAFailingCodeWithAnOverrideAndRecordsWhoWhyWhenAndWhichChecks() {
        CreditCode both = Codes.wrongCheckCharacter("91991302MA1XYK004");

        CodeCheckOverride recorded = policy.admit(both, GRANT, NOW).orElseThrow();

        assertThat(recorded.failedChecks()).containsExactlyInAnyOrder(CreditCodeCheck.CHECK_CHARACTER,
                CreditCodeCheck.DIVISION);
        assertThat(recorded.reason()).isEqualTo(GRANT.reason());
        assertThat(recorded.actor()).isEqualTo(GRANT.actor());
        assertThat(recorded.recordedAt()).isEqualTo(NOW);
    }

    @Test
    void wantsAReasonAndAnActorForAnOverride() {
        CreditCode failing = Codes.wrongCheckCharacter("91321302MA1XYK004");

        assertThatThrownBy(() -> policy.admit(failing, new OverrideGrant(" ", "王伟"), NOW))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("override.reason"));
        assertThatThrownBy(() -> policy.admit(failing, new OverrideGrant("核实", null), NOW))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("override.actor"));
    }
}
