package cn.gov.sucheng.worksafety.hazard.closedloop.model;

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

class HazardTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final LocalDate TODAY = NOW.toLocalDate();
    static final List<String> PHOTO = List.of("https://files.example/photo-1.jpg");

    static Hazard reported(HazardGrade grade) {
        return new Hazard(UUID.randomUUID(), UUID.randomUUID(), "宿迁市恒安化工有限公司", "耿车镇", "HAZARDOUS_CHEMICALS",
                "区应急管理局", "二号储罐区", "可燃气体报警器失效", List.of(), grade, HazardSource.GRID_WORKER, null, null,
                null, null, HazardStatus.REPORTED, Level.TOWN, false, false, "网格员 17", NOW.minusDays(1), null, null,
                null, null, 0, NOW.minusDays(1), NOW.minusDays(1));
    }

    static Hazard confirmedByDeadline(HazardGrade grade, LocalDate deadline) {
        return reported(grade).confirm(new Confirmation(grade, Handling.BY_DEADLINE, deadline, "张主任"), "李科员", null,
                NOW).hazard();
    }

    @Test
    void walksTheWholeClosedLoopRecordingEachStep() {
        Hazard h = confirmedByDeadline(HazardGrade.GENERAL, TODAY.plusDays(7));
        assertThat(h.status()).isEqualTo(HazardStatus.CONFIRMED);
        assertThat(h.version()).isEqualTo(1);
        assertThat(h.assignee()).isEqualTo("张主任");

        Hazard.Changed started = h.startRectification("张主任", null, NOW);
        Hazard.Changed submitted = started.hazard().submitFix(PHOTO, "张主任", "已更换", NOW);
        assertThat(submitted.event().evidence()).containsExactlyElementsOf(PHOTO);
        assertThat(submitted.event().fromStatus()).isEqualTo(HazardStatus.RECTIFYING);
        assertThat(submitted.event().toStatus()).isEqualTo(HazardStatus.AWAITING_VERIFICATION);

        Hazard.Changed rejected = submitted.hazard().reject("李科员", "照片看不清", NOW);
        assertThat(rejected.hazard().status()).isEqualTo(HazardStatus.RECTIFYING);
        assertThat(rejected.event().reason()).isEqualTo("照片看不清");

        Hazard closed = rejected.hazard().submitFix(PHOTO, "张主任", null, NOW).hazard().verify("李科员", null, NOW)
                .hazard();
        assertThat(closed.status()).isEqualTo(HazardStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(NOW);
        assertThat(closed.version()).isEqualTo(6);
        assertThat(closed.allowedActions()).isEmpty();
    }

    @Test
    void aGeneralHazardIsFixedOnTheSpotInOneStepWithEvidence() {
        Hazard h = reported(HazardGrade.GENERAL);
        assertThat(h.allowedActions()).containsExactlyInAnyOrder(HazardAction.CONFIRM, HazardAction.FIX_ON_THE_SPOT);

        Hazard.Changed fixed = h.fixOnTheSpot(PHOTO, "网格员 17", null, NOW);

        assertThat(fixed.hazard().status()).isEqualTo(HazardStatus.CLOSED);
        assertThat(fixed.hazard().handling()).isEqualTo(Handling.ON_THE_SPOT);
        assertThat(fixed.event().action()).isEqualTo(HazardAction.FIX_ON_THE_SPOT);
        assertThatThrownBy(() -> h.fixOnTheSpot(List.of(" "), "网格员 17", null, NOW))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.field()).isEqualTo("evidence"));
    }

    @Test
    void aMajorHazardIsNeverFixedOnTheSpot() {
        Hazard major = reported(HazardGrade.MAJOR);
        assertThat(major.allowedActions()).containsExactly(HazardAction.CONFIRM);
        assertThatThrownBy(() -> major.fixOnTheSpot(PHOTO, "x", null, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> major.confirm(new Confirmation(HazardGrade.MAJOR, Handling.ON_THE_SPOT, null, "张"),
                "x", null, NOW)).isInstanceOfSatisfying(InvalidException.class,
                        e -> assertThat(e.field()).isEqualTo("handling"));
    }

    @Test
    void anIllegalActionNamesTheStateAndWhatItAllows() {
        Hazard h = reported(HazardGrade.GENERAL);

        assertThatThrownBy(() -> h.verify("李科员", null, NOW)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.facts()).containsEntry("currentState", "REPORTED");
            assertThat(e.facts().get("allowedActions")).isEqualTo(List.of("CONFIRM", "FIX_ON_THE_SPOT"));
        });
        assertThatThrownBy(() -> h.submitFix(PHOTO, "x", null, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> h.startRectification("x", null, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void confirmationChecksTheDeadline() {
        Hazard h = reported(HazardGrade.GENERAL);
        assertThatThrownBy(() -> h.confirm(new Confirmation(HazardGrade.GENERAL, Handling.BY_DEADLINE, null, "张"), "x",
                null, NOW)).isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.field()).isEqualTo("deadline"));
        assertThatThrownBy(() -> h.confirm(new Confirmation(HazardGrade.GENERAL, Handling.BY_DEADLINE,
                TODAY.minusDays(1), "张"), "x", null, NOW)).isInstanceOf(InvalidException.class);
        // Today itself is a valid deadline: it is not yet past.
        assertThat(h.confirm(new Confirmation(HazardGrade.GENERAL, Handling.BY_DEADLINE, TODAY, "张"), "x", null, NOW)
                .hazard().deadline()).isEqualTo(TODAY);
        assertThatThrownBy(() -> h.confirm(new Confirmation(HazardGrade.GENERAL, Handling.ON_THE_SPOT, TODAY, "张"), "x",
                null, NOW)).isInstanceOf(InvalidException.class);
    }

    @Test
    void rejectionNeedsAReason() {
        Hazard awaiting = confirmedByDeadline(HazardGrade.GENERAL, TODAY).startRectification("x", null, NOW).hazard()
                .submitFix(PHOTO, "x", null, NOW).hazard();
        assertThatThrownBy(() -> awaiting.reject("x", " ", NOW)).isInstanceOfSatisfying(InvalidException.class,
                e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void isPastItsDeadlineOnlyAfterTheDeadlineDayAndWhileBeingFixed() {
        Hazard h = confirmedByDeadline(HazardGrade.GENERAL, TODAY);
        assertThat(h.isPastDeadlineOn(TODAY)).isFalse();
        assertThat(h.isPastDeadlineOn(TODAY.plusDays(1))).isTrue();
        Hazard awaiting = h.startRectification("x", null, NOW).hazard().submitFix(PHOTO, "x", null, NOW).hazard();
        assertThat(awaiting.isPastDeadlineOn(TODAY.plusDays(1))).isFalse();
        assertThat(reported(HazardGrade.GENERAL).isPastDeadlineOn(TODAY.plusYears(1))).isFalse();
    }

    @Test
    void aListedMajorHazardIsClosedOnlyAfterDelisting() {
        Hazard major = confirmedByDeadline(HazardGrade.MAJOR, TODAY.plusDays(30));
        Hazard listed = major.listForSupervision("区安委办", null, NOW).hazard();
        assertThatThrownBy(() -> listed.listForSupervision("区安委办", null, NOW)).isInstanceOf(ConflictException.class);
        Hazard awaiting = listed.startRectification("x", null, NOW).hazard().submitFix(PHOTO, "x", null, NOW).hazard();
        assertThat(awaiting.allowedActions()).containsExactly(HazardAction.REJECT);
        assertThatThrownBy(() -> awaiting.verify("李科员", null, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("挂牌督办");

        Hazard delisted = awaiting.delist("区安委办", null, NOW).hazard();
        assertThat(delisted.verify("李科员", null, NOW).hazard().status()).isEqualTo(HazardStatus.CLOSED);
        assertThatThrownBy(() -> reported(HazardGrade.GENERAL).listForSupervision("x", null, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aNewDeadlineOrClosingLiftsTheOverdueMark() {
        Hazard h = confirmedByDeadline(HazardGrade.GENERAL, TODAY);
        Hazard overdue = new Hazard(h.id(), h.enterpriseId(), h.enterpriseName(), h.town(), h.industryArea(),
                h.supervisingDepartment(), h.place(), h.description(), h.attachments(), h.grade(), h.source(),
                h.handling(), h.deadline(), h.assignee(), h.responsiblePerson(), HazardStatus.RECTIFYING,
                Level.DISTRICT, true, false, h.reportedBy(), h.foundAt(), null, null, null, null, 5, h.createdAt(), NOW);
        Hazard submitted = overdue.submitFix(PHOTO, "x", null, NOW).hazard();
        assertThat(submitted.overdue()).isTrue();
        assertThat(submitted.level()).isEqualTo(Level.DISTRICT);
        assertThat(submitted.verify("x", null, NOW).hazard().overdue()).isFalse();
    }
}
