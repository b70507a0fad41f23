package cn.gov.sucheng.worksafety.training.officer.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficerTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T09:00:00+08:00");
    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

    Officer officer = new Officer(UUID.randomUUID(), "刘洋", "32130200117", "宿城区应急管理局", LAST_DAY, true, 40,
            Set.of(), null, 0, NOW, NOW);

    @Test
    void mayEnforceThroughTheLastDayOfTheCredential() {
        assertThat(officer.eligibleOn(LAST_DAY)).isTrue();
        assertThat(officer.ineligibilityOn(LAST_DAY.plusDays(1))).containsExactly("credential expired on 2026-12-31");
    }

    @Test
    void aSuspendedOfficerMayNotEnforceUntilReinstated() {
        Officer suspended = officer.suspend("调离执法岗位", NOW);

        assertThat(suspended.ineligibilityOn(LAST_DAY)).containsExactly("suspended: 调离执法岗位");
        assertThatThrownBy(() -> suspended.suspend("again", NOW)).isInstanceOf(ConflictException.class);
        assertThat(suspended.reinstate(NOW).eligibleOn(LAST_DAY)).isTrue();
        assertThatThrownBy(() -> officer.reinstate(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRenewalMustRunLongerThanTheCurrentCredential() {
        assertThat(officer.renewCredential(LAST_DAY.plusYears(5), NOW).eligibleOn(LAST_DAY.plusYears(5))).isTrue();
        assertThatThrownBy(() -> officer.renewCredential(LAST_DAY, NOW)).isInstanceOf(InvalidException.class);
    }

    @Test
    void threeInFourMeetTheBackgroundTarget() {
        assertThat(new BackgroundShare(4, 3).meetsTarget()).isTrue();
        assertThat(new BackgroundShare(21, 15).meetsTarget()).isFalse();
        assertThat(new BackgroundShare(0, 0).meetsTarget()).isFalse();
    }
}
