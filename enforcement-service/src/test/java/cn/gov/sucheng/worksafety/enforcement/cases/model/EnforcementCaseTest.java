package cn.gov.sucheng.worksafety.enforcement.cases.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnforcementCaseTest {

    static final CaseTimeLimits LIMITS = new CaseTimeLimits(30, 30, 7);
    static final LocalDate FILED = LocalDate.of(2025, 3, 3);

    static EnforcementCase filed(boolean major) {
        return EnforcementCase.file(UUID.randomUUID(), UUID.randomUUID(), "洋北镇", null, "UNTRAINED_SPECIAL_OPERATORS", major,
                "特种作业人员无证上岗", FILED, LIMITS);
    }

    static EnforcementCase through(EnforcementCase c, CaseAction... actions) {
        for (CaseAction action : actions) {
            c = c.take(action, action == CaseAction.DECIDE ? new BigDecimal("20000") : null, null, LIMITS);
        }
        return c;
    }

    @Test
    void anOrdinaryCaseRunsFromFilingToClosingAndMayBeDecidedWithoutReview() {
        EnforcementCase c = through(filed(false), CaseAction.INVESTIGATE, CaseAction.NOTIFY, CaseAction.DECIDE,
                CaseAction.EXECUTE, CaseAction.CLOSE);

        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.fine()).isEqualByComparingTo("20000");
        assertThat(c.version()).isEqualTo(5);
        assertThat(c.allowedActions()).isEmpty();
    }

    @Test
    void aMajorCaseNeedsLegalReviewAndCollectiveDiscussionBeforeTheDecision() {
        EnforcementCase notified = through(filed(true), CaseAction.INVESTIGATE, CaseAction.NOTIFY);

        assertThatThrownBy(() -> notified.take(CaseAction.DECIDE, BigDecimal.TEN, null, LIMITS))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("NOTIFIED (major)");
        EnforcementCase reviewed = notified.take(CaseAction.REVIEW, null, null, LIMITS);
        assertThat(reviewed.allowedActions()).containsExactlyInAnyOrder(CaseAction.DISCUSS, CaseAction.EXTEND);
        assertThat(through(reviewed, CaseAction.DISCUSS, CaseAction.DECIDE).state()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void aRefusedActionNamesTheStateAndTheAllowedActions() {
        ConflictException refused = (ConflictException) org.assertj.core.api.Assertions.catchThrowable(
                () -> filed(false).take(CaseAction.CLOSE, null, null, LIMITS));

        assertThat(refused.facts()).containsEntry("currentState", "FILED");
        assertThat(refused.facts().get("allowedActions")).asList().containsExactly("EXTEND", "INVESTIGATE", "TRANSFER");
    }

    @Test
    void aCaseMayBeTransferredBeforeNotificationOnly() {
        assertThat(filed(false).take(CaseAction.TRANSFER, null, null, LIMITS).state()).isEqualTo(CaseState.TRANSFERRED);
        assertThat(through(filed(false), CaseAction.INVESTIGATE).take(CaseAction.TRANSFER, null, null, LIMITS).isOver()).isTrue();
        EnforcementCase notified = through(filed(false), CaseAction.INVESTIGATE, CaseAction.NOTIFY);
        assertThatThrownBy(() -> notified.take(CaseAction.TRANSFER, null, null, LIMITS)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theDeadlineFollowsTheTimeLimitAndIsExtendedOnce() {
        EnforcementCase c = filed(false);
        assertThat(c.deadline()).isEqualTo(FILED.plusDays(30));

        EnforcementCase extended = c.take(CaseAction.EXTEND, null, null, LIMITS);

        assertThat(extended.deadline()).isEqualTo(FILED.plusDays(60));
        assertThat(extended.state()).isEqualTo(CaseState.FILED);
        assertThat(extended.allowedActions()).doesNotContain(CaseAction.EXTEND);
        assertThatThrownBy(() -> extended.take(CaseAction.EXTEND, null, null, LIMITS)).isInstanceOf(ConflictException.class);
    }

    @Test
    void isNearItsLimitFromAWeekBeforeTheDeadlineUntilItIsOver() {
        EnforcementCase c = filed(false);
        assertThat(c.isNearLimit(c.deadline().minusDays(8), LIMITS)).isFalse();
        assertThat(c.isNearLimit(c.deadline().minusDays(7), LIMITS)).isTrue();
        assertThat(c.isNearLimit(c.deadline().plusDays(3), LIMITS)).as("overdue").isTrue();
        assertThat(c.take(CaseAction.TRANSFER, null, null, LIMITS).isNearLimit(c.deadline(), LIMITS)).isFalse();
    }
}
