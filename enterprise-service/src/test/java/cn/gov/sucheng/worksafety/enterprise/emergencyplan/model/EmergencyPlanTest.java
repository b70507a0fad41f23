package cn.gov.sucheng.worksafety.enterprise.emergencyplan.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmergencyPlanTest {

    static final LocalDate FILED_ON = LocalDate.of(2024, 3, 18);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    static NewPlan plan(LocalDate filedOn, LocalDate reviewDueOn) {
        return new NewPlan(UUID.randomUUID(), "综合应急预案", PlanType.COMPREHENSIVE, "321302-2024-0158", filedOn,
                "宿迁市宿城区应急管理局", reviewDueOn);
    }

    static EmergencyPlan filed() {
        return EmergencyPlan.file(UUID.randomUUID(), plan(FILED_ON, null), 3, TODAY, NOW);
    }

    static void assertFieldProblem(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidException.class,
                p -> assertThat(p.field()).isEqualTo(field));
    }

    @Test
    void isDueForReviewOnTheLastDayOfThreeYearsFromFilingByDefault() {
        assertThat(filed().reviewDueOn()).isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(EmergencyPlan.file(UUID.randomUUID(), plan(FILED_ON, null), 2, TODAY, NOW).reviewDueOn())
                .isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void aPlanFiledOnALeapDayIsDueOnTheTwentyEighthOfFebruary() {
        assertThat(EmergencyPlan.file(UUID.randomUUID(), plan(LocalDate.of(2024, 2, 29), null), 3, TODAY, NOW)
                .reviewDueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void takesAGivenReviewDateAfterFiling() {
        EmergencyPlan plan = EmergencyPlan.file(UUID.randomUUID(), plan(FILED_ON, FILED_ON.plusDays(1)), 3, TODAY,
                NOW);

        assertThat(plan.reviewDueOn()).isEqualTo(FILED_ON.plusDays(1));
        assertThat(plan.reviews()).isEmpty();
    }

    @Test
    void refusesAReviewDateOnOrBeforeTheFilingDate() {
        assertFieldProblem(() -> EmergencyPlan.file(UUID.randomUUID(), plan(FILED_ON, FILED_ON), 3, TODAY, NOW),
                "reviewDueOn");
        assertFieldProblem(
                () -> EmergencyPlan.file(UUID.randomUUID(), plan(FILED_ON, FILED_ON.minusDays(1)), 3, TODAY, NOW),
                "reviewDueOn");
    }

    @Test
    void refusesAFilingDatedInTheFuture() {
        assertFieldProblem(() -> EmergencyPlan.file(UUID.randomUUID(), plan(TODAY.plusDays(1), null), 3, TODAY, NOW),
                "filedOn");
    }

    @Test
    void aReviewMovesTheReviewDate() {
        EmergencyPlan reviewed = filed().review(TODAY, ReviewOutcome.UNCHANGED, LocalDate.of(2028, 12, 31), "安全部",
                3, TODAY, NOW);

        assertThat(reviewed.reviewDueOn()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(reviewed.reviews()).containsExactly(
                new PlanReview(TODAY, ReviewOutcome.UNCHANGED, LocalDate.of(2028, 12, 31), "安全部", NOW));
        assertThat(reviewed.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void theNextReviewFallsDueAfterTheIntervalWhenNotGiven() {
        EmergencyPlan reviewed = filed().review(TODAY, ReviewOutcome.REVISED, null, "安全部", 3, TODAY, NOW);

        assertThat(reviewed.reviewDueOn()).isEqualTo(LocalDate.of(2029, 3, 1));
    }

    @Test
    void aReviewCanBeOnTheFilingDayButNotBefore() {
        assertThat(filed().review(FILED_ON, ReviewOutcome.UNCHANGED, null, "安全部", 3, TODAY, NOW).reviews())
                .hasSize(1);
        assertFieldProblem(() -> filed().review(FILED_ON.minusDays(1), ReviewOutcome.UNCHANGED, null, "安全部", 3,
                TODAY, NOW), "reviewedOn");
    }

    @Test
    void refusesAReviewInTheFutureOrBeforeTheLastOne() {
        assertFieldProblem(() -> filed().review(TODAY.plusDays(1), ReviewOutcome.UNCHANGED, null, "安全部", 3, TODAY,
                NOW), "reviewedOn");

        EmergencyPlan reviewed = filed().review(TODAY, ReviewOutcome.UNCHANGED, null, "安全部", 3, TODAY, NOW);
        assertFieldProblem(() -> reviewed.review(TODAY.minusDays(1), ReviewOutcome.UNCHANGED, null, "安全部", 3,
                TODAY, NOW), "reviewedOn");
    }

    @Test
    void refusesANextReviewOnOrBeforeTheReview() {
        assertFieldProblem(() -> filed().review(TODAY, ReviewOutcome.REVISION_REQUIRED, TODAY, "安全部", 3, TODAY,
                NOW), "nextReviewDueOn");
        assertFieldProblem(() -> filed().review(TODAY, ReviewOutcome.REVISION_REQUIRED, TODAY.minusDays(1), "安全部",
                3, TODAY, NOW), "nextReviewDueOn");
    }
}
