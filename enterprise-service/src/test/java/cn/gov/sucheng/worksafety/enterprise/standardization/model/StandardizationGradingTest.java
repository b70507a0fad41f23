package cn.gov.sucheng.worksafety.enterprise.standardization.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardizationGradingTest {

    static final LocalDate AWARDED_ON = LocalDate.of(2024, 5, 10);
    static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    static final OffsetDateTime NOW = OffsetDateTime.of(2025, 1, 15, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    static ElementScores scores() {
        Map<Element, Integer> scores = new EnumMap<>(Element.class);
        for (Element element : Element.values()) {
            scores.put(element, 90);
        }
        return new ElementScores(scores);
    }

    static StandardizationGrading awarded(Grade grade, LocalDate on) {
        return StandardizationGrading.award(UUID.randomUUID(),
                new NewGrading(UUID.randomUUID(), grade, on, "宿迁市应急管理局", scores()), 3, TODAY, NOW);
    }

    static StandardizationGrading awarded(Grade grade) {
        return awarded(grade, AWARDED_ON);
    }

    static void assertConflict(Runnable action, String detail) {
        assertThatThrownBy(action::run).isInstanceOf(ConflictException.class).hasMessageContaining(detail);
    }

    @Test
    void isValidForThreeYearsFromTheDayItWasAwarded() {
        StandardizationGrading grading = awarded(Grade.SECOND);

        assertThat(grading.validUntil()).isEqualTo(LocalDate.of(2027, 5, 9));
        assertThat(grading.stateOn(AWARDED_ON)).isEqualTo(GradingState.VALID);
        assertThat(grading.stateOn(LocalDate.of(2027, 5, 9))).isEqualTo(GradingState.VALID);
        assertThat(grading.stateOn(LocalDate.of(2027, 5, 10))).isEqualTo(GradingState.EXPIRED);
    }

    @Test
    void aGradingAwardedOnALeapDayEndsOnTheTwentyEighthOfFebruaryLikeALicence() {
        assertThat(awarded(Grade.THIRD, LocalDate.of(2024, 2, 29)).validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(awarded(Grade.THIRD, LocalDate.of(2024, 3, 1)).validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void takesItsValidityPeriodFromTheConfiguration() {
        StandardizationGrading grading = StandardizationGrading.award(UUID.randomUUID(),
                new NewGrading(UUID.randomUUID(), Grade.FIRST, AWARDED_ON, "江苏省应急管理厅", scores()), 5, TODAY, NOW);

        assertThat(grading.validUntil()).isEqualTo(LocalDate.of(2029, 5, 9));
    }

    @Test
    void recordsTheAwardInItsHistory() {
        StandardizationGrading grading = awarded(Grade.FIRST);

        assertThat(grading.status()).isEqualTo(GradingStatus.AWARDED);
        assertThat(grading.history()).containsExactly(
                new GradingEvent(GradingEventKind.AWARDED, null, Grade.FIRST, null, "宿迁市应急管理局", NOW));
    }

    @Test
    void refusesAnAwardDatedInTheFuture() {
        NewGrading tomorrow = new NewGrading(UUID.randomUUID(), Grade.FIRST, TODAY.plusDays(1), "宿迁市应急管理局",
                scores());

        assertThatThrownBy(() -> StandardizationGrading.award(UUID.randomUUID(), tomorrow, 3, TODAY, NOW))
                .isInstanceOfSatisfying(InvalidException.class, p -> assertThat(p.field()).isEqualTo("awardedOn"));
    }

    @Test
    void downgradesToALowerGradeAndKeepsTheAwardedOne() {
        StandardizationGrading downgraded = awarded(Grade.FIRST).downgradeTo(Grade.SECOND, "隐患整改不到位", "张伟",
                TODAY, NOW);

        assertThat(downgraded.grade()).isEqualTo(Grade.SECOND);
        assertThat(downgraded.awardedGrade()).isEqualTo(Grade.FIRST);
        assertThat(downgraded.stateOn(TODAY)).isEqualTo(GradingState.DOWNGRADED);
        assertThat(downgraded.lastEvent()).isEqualTo(
                new GradingEvent(GradingEventKind.DOWNGRADED, Grade.FIRST, Grade.SECOND, "隐患整改不到位", "张伟", NOW));
        assertThat(downgraded.history()).hasSize(2);
    }

    @Test
    void canBeDowngradedAgainWhileStillAboveTheLowestGrade() {
        StandardizationGrading twice = awarded(Grade.FIRST).downgradeTo(Grade.SECOND, "一", "张伟", TODAY, NOW)
                .downgradeTo(Grade.THIRD, "二", "张伟", TODAY, NOW);

        assertThat(twice.grade()).isEqualTo(Grade.THIRD);
        assertThat(twice.history()).extracting(GradingEvent::kind).containsExactly(GradingEventKind.AWARDED,
                GradingEventKind.DOWNGRADED, GradingEventKind.DOWNGRADED);
    }

    @Test
    void refusesToDowngradeToTheSameOrAHigherGrade() {
        StandardizationGrading second = awarded(Grade.SECOND);

        assertConflict(() -> second.downgradeTo(Grade.SECOND, "r", "a", TODAY, NOW), "lower grade");
        assertConflict(() -> second.downgradeTo(Grade.FIRST, "r", "a", TODAY, NOW), "lower grade");
    }

    @Test
    void cannotDowngradeTheLowestGrade() {
        assertConflict(() -> awarded(Grade.THIRD).downgradeTo(Grade.THIRD, "r", "a", TODAY, NOW), "is grade 3");
    }

    @Test
    void refusesToDowngradeOrWithdrawAnExpiredGrading() {
        StandardizationGrading expired = awarded(Grade.FIRST, LocalDate.of(2021, 1, 1));
        assertThat(expired.stateOn(TODAY)).isEqualTo(GradingState.EXPIRED);

        assertConflict(() -> expired.downgradeTo(Grade.SECOND, "r", "a", TODAY, NOW), "expired after 2023-12-31");
        assertConflict(() -> expired.withdraw("r", "a", TODAY, NOW), "expired");
    }

    @Test
    void aWithdrawalIsFinal() {
        StandardizationGrading withdrawn = awarded(Grade.SECOND).withdraw("发生较大事故", "张伟", TODAY, NOW);

        assertThat(withdrawn.status()).isEqualTo(GradingStatus.WITHDRAWN);
        assertThat(withdrawn.stateOn(TODAY)).isEqualTo(GradingState.WITHDRAWN);
        assertThat(withdrawn.stateOn(TODAY.plusYears(10))).isEqualTo(GradingState.WITHDRAWN);
        assertThat(withdrawn.lastEvent()).isEqualTo(
                new GradingEvent(GradingEventKind.WITHDRAWN, Grade.SECOND, null, "发生较大事故", "张伟", NOW));
        assertConflict(() -> withdrawn.withdraw("again", "a", TODAY, NOW), "withdrawn");
        assertConflict(() -> withdrawn.downgradeTo(Grade.THIRD, "r", "a", TODAY, NOW), "withdrawn");
    }

    @Test
    void aDowngradedGradingCanBeWithdrawn() {
        StandardizationGrading withdrawn = awarded(Grade.FIRST).downgradeTo(Grade.THIRD, "r", "a", TODAY, NOW)
                .withdraw("r", "a", TODAY, NOW);

        assertThat(withdrawn.stateOn(TODAY)).isEqualTo(GradingState.WITHDRAWN);
    }

    @Test
    void aNewerAwardSupersedesTheCurrentGrading() {
        StandardizationGrading current = awarded(Grade.SECOND);
        StandardizationGrading newer = awarded(Grade.FIRST, TODAY);

        StandardizationGrading superseded = current.supersededBy(newer, NOW);

        assertThat(superseded.status()).isEqualTo(GradingStatus.SUPERSEDED);
        assertThat(superseded.stateOn(TODAY)).isEqualTo(GradingState.SUPERSEDED);
        assertThat(superseded.lastEvent().kind()).isEqualTo(GradingEventKind.SUPERSEDED);
        assertThat(superseded.lastEvent().reason()).contains(newer.id().toString());
        assertConflict(() -> superseded.downgradeTo(Grade.THIRD, "r", "a", TODAY, NOW), "superseded");
    }

    @Test
    void anExpiredGradingIsStillSupersededByTheNextAward() {
        StandardizationGrading expired = awarded(Grade.THIRD, LocalDate.of(2020, 1, 1));

        assertThat(expired.supersededBy(awarded(Grade.THIRD, TODAY), NOW).status()).isEqualTo(GradingStatus.SUPERSEDED);
    }

    @Test
    void anOlderAwardCannotSupersedeTheCurrentGrading() {
        StandardizationGrading current = awarded(Grade.SECOND);

        assertConflict(() -> current.supersededBy(awarded(Grade.FIRST, AWARDED_ON.minusDays(1)), NOW),
                "an older award cannot replace it");
    }

    @Test
    void comparesGradesWithOneTheHighest() {
        assertThat(Grade.THIRD.isLowerThan(Grade.SECOND)).isTrue();
        assertThat(Grade.SECOND.isLowerThan(Grade.FIRST)).isTrue();
        assertThat(Grade.FIRST.isLowerThan(Grade.THIRD)).isFalse();
        assertThat(Grade.SECOND.isLowerThan(Grade.SECOND)).isFalse();
        assertThat(Grade.of(2)).isEqualTo(Grade.SECOND);
    }
}
