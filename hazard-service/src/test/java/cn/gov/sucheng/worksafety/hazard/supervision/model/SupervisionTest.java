package cn.gov.sucheng.worksafety.hazard.supervision.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupervisionTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final TreatmentPlan PLAN = new TreatmentPlan("恢复联锁", "停用并更换", new BigDecimal("180000"), "安全科",
            NOW.toLocalDate().plusDays(60), "停止装卸", "储罐区泄漏专项应急预案");

    static Supervision listed() {
        return Supervision.list(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "区安委办", PLAN, "王科长", NOW)
                .supervision();
    }

    @Test
    void goesFromListingToDelistingWithAcceptanceDueTenDaysAfterTheApplication() {
        Supervision applied = listed().applyForAcceptance(NOW.toLocalDate(), 10, "企业", null, NOW).supervision();
        assertThat(applied.acceptanceDueOn()).isEqualTo(NOW.toLocalDate().plusDays(10));
        assertThat(applied.isAcceptanceOverdueOn(NOW.toLocalDate().plusDays(10))).isFalse();
        assertThat(applied.isAcceptanceOverdueOn(NOW.toLocalDate().plusDays(11))).isTrue();

        Supervision accepted = applied.accept(true, "王科长", null, NOW).supervision();
        assertThat(accepted.isAcceptanceOverdueOn(NOW.toLocalDate().plusDays(30))).isFalse();
        Supervision evaluated = accepted.evaluate("整改效果良好", "专家组", NOW).supervision();
        Supervision.Changed delisted = evaluated.delist("区安委办", null, NOW);

        assertThat(delisted.supervision().status()).isEqualTo(SupervisionStatus.DELISTED);
        assertThat(delisted.supervision().delistedAt()).isEqualTo(NOW);
        assertThat(delisted.supervision().version()).isEqualTo(4);
        assertThat(delisted.event().action()).isEqualTo(SupervisionAction.DELIST);
    }

    @Test
    void aFailedAcceptanceGoesBackToListedAndMustSayWhy() {
        Supervision applied = listed().applyForAcceptance(NOW.toLocalDate(), 10, "企业", null, NOW).supervision();
        assertThatThrownBy(() -> applied.accept(false, "王科长", null, NOW)).isInstanceOf(InvalidException.class);
        Supervision back = applied.accept(false, "王科长", "报警器未标定", NOW).supervision();
        assertThat(back.status()).isEqualTo(SupervisionStatus.LISTED);
        assertThat(back.acceptanceDueOn()).isNull();
    }

    @Test
    void refusesOutOfOrderStepsNamingTheStateAndAllowedActions() {
        Supervision s = listed();
        assertThatThrownBy(() -> s.delist("x", null, NOW)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.facts()).containsEntry("currentState", "LISTED");
            assertThat(e.facts().get("allowedActions")).isEqualTo(List.of("APPLY_FOR_ACCEPTANCE"));
        });
        assertThatThrownBy(() -> s.evaluate("好", "x", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> s.applyForAcceptance(NOW.toLocalDate().plusDays(1), 10, "x", null, NOW))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.field()).isEqualTo("appliedOn"));
    }

    @Test
    void aPlanDeadlineInThePastIsRefused() {
        TreatmentPlan late = new TreatmentPlan("g", "m", BigDecimal.ONE, "o", LocalDate.of(2020, 1, 1), "s", "e");
        assertThatThrownBy(() -> Supervision.list(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "b", late,
                "x", NOW)).isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.field()).isEqualTo("deadline"));
    }
}
