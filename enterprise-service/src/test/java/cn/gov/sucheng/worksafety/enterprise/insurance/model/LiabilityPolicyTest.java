package cn.gov.sucheng.worksafety.enterprise.insurance.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiabilityPolicyTest {

    static final LocalDate STARTS = LocalDate.of(2025, 3, 1);
    static final LocalDate ENDS = LocalDate.of(2026, 2, 28);
    static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    static NewPolicy policy(LocalDate startsOn, LocalDate endsOn, String premium, String perPerson) {
        return new NewPolicy(UUID.randomUUID(), "PZAB2025321302001", "中国人民财产保险股份有限公司宿迁市分公司",
                startsOn, endsOn, new BigDecimal(premium), new BigDecimal(perPerson));
    }

    static LiabilityPolicy recorded() {
        return LiabilityPolicy.record(UUID.randomUUID(), policy(STARTS, ENDS, "12800", "800000"), "王科长", NOW);
    }

    static void assertInvalid(Runnable action, String... fields) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidException.class,
                e -> assertThat(e.violations()).extracting(InvalidException.Violation::field)
                        .containsExactlyInAnyOrder(fields));
    }

    @Test
    void coversItsEnterpriseFromTheFirstToTheLastDayOfItsPeriod() {
        LiabilityPolicy policy = recorded();

        assertThat(policy.stateOn(STARTS.minusDays(1))).isEqualTo(PolicyState.PENDING);
        assertThat(policy.stateOn(STARTS)).isEqualTo(PolicyState.IN_FORCE);
        assertThat(policy.stateOn(ENDS)).isEqualTo(PolicyState.IN_FORCE);
        assertThat(policy.stateOn(ENDS.plusDays(1))).isEqualTo(PolicyState.EXPIRED);
        assertThat(policy.version()).isZero();
    }

    @Test
    void aOneDayPolicyIsAllowed() {
        assertThat(LiabilityPolicy.record(UUID.randomUUID(), policy(STARTS, STARTS, "1", "1"), "王科长", NOW)
                .stateOn(STARTS)).isEqualTo(PolicyState.IN_FORCE);
    }

    @Test
    void refusesAPeriodEndingBeforeItStartsAndAmountsNotAboveZeroNamingEveryField() {
        assertInvalid(() -> LiabilityPolicy.record(UUID.randomUUID(), policy(STARTS, STARTS.minusDays(1), "0", "-5"),
                "王科长", NOW), "endsOn", "premium", "insuredAmountPerPerson");
    }

    @Test
    void aCancellationEndsTheCoverFromItsDay() {
        LiabilityPolicy cancelled = recorded().cancel(LocalDate.of(2025, 9, 1), "企业停产", "王科长",
                NOW.toLocalDate(), NOW);

        assertThat(cancelled.stateOn(LocalDate.of(2025, 8, 31))).isEqualTo(PolicyState.IN_FORCE);
        assertThat(cancelled.stateOn(LocalDate.of(2025, 9, 1))).isEqualTo(PolicyState.CANCELLED);
        assertThat(cancelled.stateOn(ENDS.plusDays(1))).isEqualTo(PolicyState.CANCELLED);
        assertThat(cancelled.cancellation())
                .isEqualTo(new Cancellation(LocalDate.of(2025, 9, 1), "企业停产", "王科长", NOW));
        assertThat(cancelled.version()).isEqualTo(1);
        assertThat(cancelled.allowedActionsOn(NOW.toLocalDate())).isEmpty();
    }

    @Test
    void cancelledOnItsFirstDayItNeverCovered() {
        LiabilityPolicy cancelled = recorded().cancel(STARTS, "投保错误", "王科长", NOW.toLocalDate(), NOW);

        assertThat(cancelled.stateOn(STARTS)).isEqualTo(PolicyState.CANCELLED);
    }

    @Test
    void refusesACancellationDayOutsideThePeriod() {
        assertInvalid(() -> recorded().cancel(STARTS.minusDays(1), "r", "a", NOW.toLocalDate(), NOW), "effectiveOn");
        assertInvalid(() -> recorded().cancel(ENDS.plusDays(1), "r", "a", NOW.toLocalDate(), NOW), "effectiveOn");
    }

    @Test
    void refusesToCancelTwiceOrAfterThePeriodEnded() {
        LiabilityPolicy cancelled = recorded().cancel(LocalDate.of(2025, 9, 1), "r", "a", NOW.toLocalDate(), NOW);

        assertThatThrownBy(() -> cancelled.cancel(LocalDate.of(2025, 10, 1), "r", "a", NOW.toLocalDate(), NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.facts()).containsEntry("currentState", "CANCELLED"))
                .hasMessageContaining("cancelled already");
        assertThatThrownBy(() -> recorded().cancel(ENDS, "r", "a", ENDS.plusDays(1), NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.facts()).containsEntry("currentState", "EXPIRED"));
        assertThat(recorded().allowedActionsOn(ENDS)).containsExactly("cancel");
        assertThat(recorded().allowedActionsOn(ENDS.plusDays(1))).isEmpty();
    }
}
