package cn.gov.sucheng.worksafety.training.certificate.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2030, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final ReviewFindings CLEAN = new ReviewFindings(true, 0, false, 8);

    static Certificate issued(LocalDate on, LocalDate cleanSince) {
        return Certificate.issue(UUID.randomUUID(), new NewCertificate("T1", UUID.randomUUID(), UUID.randomUUID(),
                CertificateKind.SPECIAL_OPERATION, "电工作业", "低压电工作业", on, cleanSince), on, "王科长", NOW);
    }

    @Test
    void isValidSixYearsThroughTheDayBeforeTheAnniversary() {
        Certificate c = issued(LocalDate.of(2024, 3, 1), null);

        assertThat(c.validUntil()).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(c.nextReviewDue()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void theReviewWindowIsThe60DaysEndingOnTheDueDate() {
        Certificate c = issued(LocalDate.of(2024, 3, 1), null);
        LocalDate due = LocalDate.of(2027, 2, 28);

        assertThat(c.stateOn(due.minusDays(60))).isEqualTo(CertificateState.VALID);
        assertThat(c.stateOn(due.minusDays(59))).isEqualTo(CertificateState.REVIEW_DUE);
        assertThat(ReviewSchedule.windowOpens(due)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(c.stateOn(due)).isEqualTo(CertificateState.REVIEW_DUE);
        assertThat(c.stateOn(due.plusDays(1))).isEqualTo(CertificateState.OVERDUE);
    }

    @Test
    void expiresTheDayAfterTheLastDayOfValidity() {
        Certificate c = issued(LocalDate.of(2024, 3, 1), null);
        Certificate reviewed = c.review(UUID.randomUUID(), CLEAN, LocalDate.of(2027, 2, 1), UUID.randomUUID(),
                LocalDate.of(2027, 2, 1), "李科长", NOW).certificate();

        assertThat(reviewed.nextReviewDue()).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(reviewed.stateOn(LocalDate.of(2030, 2, 28))).isEqualTo(CertificateState.REVIEW_DUE);
        assertThat(reviewed.stateOn(LocalDate.of(2030, 3, 1))).isEqualTo(CertificateState.EXPIRED);
    }

    @Test
    void aPassedReviewMovesTheDueDateThreeYearsFromTheOldOneEvenWhenLate() {
        Certificate c = issued(LocalDate.of(2024, 3, 1), null);

        Certificate.Reviewed late = c.review(UUID.randomUUID(), CLEAN, LocalDate.of(2027, 4, 10), UUID.randomUUID(),
                LocalDate.of(2027, 4, 10), "李科长", NOW);

        assertThat(late.review().passed()).isTrue();
        assertThat(late.review().dueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(late.certificate().nextReviewDue()).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(late.certificate().version()).isEqualTo(1);
    }

    @Test
    void theReviewAtTheEndOfValidityExtendsItBySixYears() {
        Certificate c = issued(LocalDate.of(2024, 3, 1), null);
        Certificate second = c.review(UUID.randomUUID(), CLEAN, LocalDate.of(2027, 2, 1), UUID.randomUUID(),
                LocalDate.of(2027, 2, 1), "李科长", NOW).certificate();

        Certificate third = second.review(UUID.randomUUID(), CLEAN, LocalDate.of(2030, 2, 28), UUID.randomUUID(),
                LocalDate.of(2030, 2, 28), "李科长", NOW).certificate();

        assertThat(third.validUntil()).isEqualTo(LocalDate.of(2036, 2, 29));
        assertThat(third.nextReviewDue()).isEqualTo(LocalDate.of(2033, 2, 28));
    }

    @Test
    void tenYearsOfCleanPracticeMakeTheIntervalSixYearsFromTheTenthAnniversaryOn() {
        LocalDate issuedOn = LocalDate.of(2024, 3, 1);
        assertThat(issued(issuedOn, LocalDate.of(2014, 3, 1)).nextReviewDue()).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(issued(issuedOn, LocalDate.of(2014, 3, 2)).nextReviewDue()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ReviewSchedule.hasCleanPractice(LocalDate.of(2014, 5, 10), LocalDate.of(2024, 5, 9))).isFalse();
        assertThat(ReviewSchedule.hasCleanPractice(LocalDate.of(2014, 5, 10), LocalDate.of(2024, 5, 10))).isTrue();
    }

    @Test
    void aViolationRestartsCleanPracticeEvenOnAPass() {
        Certificate c = issued(LocalDate.of(2024, 3, 1), LocalDate.of(2020, 1, 1));
        Certificate reviewed = c.review(UUID.randomUUID(), new ReviewFindings(true, 1, false, 8),
                LocalDate.of(2027, 2, 1), UUID.randomUUID(), LocalDate.of(2027, 2, 1), "李科长", NOW).certificate();

        assertThat(reviewed.cleanPracticeSince()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void aFailedReviewNamesEveryFailedRuleAndRevokesTheCertificate() {
        Certificate c = issued(LocalDate.of(2024, 3, 1), null);

        Certificate.Reviewed failed = c.review(UUID.randomUUID(), new ReviewFindings(false, 2, true, 7),
                LocalDate.of(2027, 2, 1), UUID.randomUUID(), LocalDate.of(2027, 2, 1), "李科长", NOW);

        assertThat(failed.review().failedRules()).containsExactly(ReviewRule.HEALTH_CHECK, ReviewRule.VIOLATIONS,
                ReviewRule.ADMINISTRATIVE_PENALTY, ReviewRule.MISSED_TRAINING);
        assertThat(failed.certificate().stateOn(LocalDate.of(2027, 2, 1))).isEqualTo(CertificateState.REVOKED);
        assertThat(failed.certificate().stateOn(LocalDate.of(2027, 1, 31))).isEqualTo(CertificateState.REVIEW_DUE);
    }

    @Test
    void oneViolationAndEightHoursStillPass() {
        assertThat(new ReviewFindings(true, 1, false, 8).failedRules()).isEmpty();
    }

    @Test
    void refusesAReviewBeforeTheWindowOpensNamingStateAndActions() {
        Certificate c = issued(LocalDate.of(2024, 3, 1), null);

        assertThatThrownBy(() -> c.review(UUID.randomUUID(), CLEAN, LocalDate.of(2026, 12, 30), UUID.randomUUID(),
                LocalDate.of(2026, 12, 30), "李科长", NOW))
                .isInstanceOfSatisfying(ConflictException.class, ex -> {
                    assertThat(ex.facts()).containsEntry("currentState", "VALID");
                    assertThat(ex.getMessage()).contains("2026-12-31");
                });
    }

    @Test
    void refusesAReviewOfAnExpiredOrRevokedCertificate() {
        Certificate c = issued(LocalDate.of(2024, 3, 1), null);
        Certificate revoked = c.revoke("违章作业", LocalDate.of(2025, 1, 1), "张局长", NOW);

        assertThatThrownBy(() -> revoked.review(UUID.randomUUID(), CLEAN, LocalDate.of(2027, 2, 1), UUID.randomUUID(),
                LocalDate.of(2027, 2, 1), "李科长", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> revoked.revoke("again", LocalDate.of(2025, 1, 2), "张局长", NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(revoked.allowedActionsOn(LocalDate.of(2025, 1, 1))).isEmpty();
    }
}
