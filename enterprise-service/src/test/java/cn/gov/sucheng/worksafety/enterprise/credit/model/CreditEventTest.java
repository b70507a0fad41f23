package cn.gov.sucheng.worksafety.enterprise.credit.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventState.ACTIVE;
import static cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventState.ENDED;
import static cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventState.LIFTED;
import static cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventState.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditEventTest {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    static final UUID ENTERPRISE = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2024, 6, 1);
    static final LocalDate END = LocalDate.of(2024, 8, 31);

    static NewCreditEvent suspension() {
        return new NewCreditEvent(ENTERPRISE, CreditEventKind.SUSPENSION_ORDER, CreditEventSource.ENFORCEMENT_CASE,
                "decision-17", "重大事故隐患未整改", "宿城应急罚〔2024〕17号", START, END, null);
    }

    static CreditEvent recorded(NewCreditEvent e) {
        return CreditEvent.record(UUID.randomUUID(), e, START.minusDays(3).atStartOfDay().atOffset(CHINA));
    }

    static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atOffset(CHINA);
    }

    @Test
    void isPendingBeforeItsStartActiveThroughItsEndAndEndedAfter() {
        CreditEvent event = recorded(suspension());

        assertThat(event.stateOn(START.minusDays(1))).isEqualTo(PENDING);
        assertThat(event.stateOn(START)).isEqualTo(ACTIVE);
        assertThat(event.stateOn(END)).isEqualTo(ACTIVE);
        assertThat(event.stateOn(END.plusDays(1))).isEqualTo(ENDED);
        assertThat(event.inForceOn(START)).isTrue();
        assertThat(event.inForceOn(END.plusDays(1))).isFalse();
    }

    @Test
    void anOpenEndedEventNeverEnds() {
        CreditEvent closure = recorded(new NewCreditEvent(ENTERPRISE, CreditEventKind.CLOSURE_ORDER,
                CreditEventSource.MANUAL, null, "非法生产", null, START, null, "王敏"));

        assertThat(closure.stateOn(START.plusYears(30))).isEqualTo(ACTIVE);
    }

    @Test
    void isLiftedFromTheDayOfLiftingOnAndWasInForceBefore() {
        LocalDate liftDay = START.plusDays(10);
        CreditEvent lifted = recorded(suspension()).lift("整改完成，经复查同意复产", "李强", at(liftDay));

        assertThat(lifted.lifting().liftedOn()).isEqualTo(liftDay);
        assertThat(lifted.lifting().reason()).isEqualTo("整改完成，经复查同意复产");
        assertThat(lifted.lifting().liftedBy()).isEqualTo("李强");
        assertThat(lifted.stateOn(liftDay.minusDays(1))).isEqualTo(ACTIVE);
        assertThat(lifted.stateOn(liftDay)).isEqualTo(LIFTED);
        assertThat(lifted.inForceOn(liftDay)).isFalse();
    }

    @Test
    void liftingWinsOverEnding() {
        CreditEvent lifted = recorded(suspension()).lift("复产", "李强", at(START.plusDays(1)));

        assertThat(lifted.stateOn(END.plusDays(1))).isEqualTo(LIFTED);
    }

    @Test
    void takesTheDayOfLiftingInTheClocksZoneNotUtc() {
        // 01:30 in Suqian is still the previous day in UTC.
        OffsetDateTime earlyMorning = START.plusDays(5).atTime(1, 30).atOffset(CHINA);

        CreditEvent lifted = recorded(suspension()).lift("复产", "李强", earlyMorning);

        assertThat(lifted.lifting().liftedOn()).isEqualTo(START.plusDays(5));
    }

    @Test
    void aPendingEventMayBeLiftedBeforeItStarts() {
        CreditEvent lifted = recorded(suspension()).lift("决定撤销", "李强", at(START.minusDays(1)));

        assertThat(lifted.stateOn(START)).isEqualTo(LIFTED);
    }

    @Test
    void refusesToLiftTwiceOrAfterTheEnd() {
        CreditEvent lifted = recorded(suspension()).lift("复产", "李强", at(START.plusDays(1)));

        assertThatThrownBy(() -> lifted.lift("again", "李强", at(START.plusDays(2))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already lifted");
        assertThatThrownBy(() -> recorded(suspension()).lift("late", "李强", at(END.plusDays(1))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("ended");
    }

    @Test
    void aLiftingNamesItsReasonAndWhoLiftedIt() {
        CreditEvent event = recorded(suspension());

        assertThatThrownBy(() -> event.lift(" ", "李强", at(START)))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> event.lift("复产", null, at(START)))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("liftedBy"));
    }

    @Test
    void aFaithfulReplayDiffersInNothing() {
        CreditEvent event = recorded(suspension());

        assertThat(event.differencesFrom(suspension())).isEmpty();
    }

    @Test
    void aReplayThatSaysSomethingElseNamesWhat() {
        CreditEvent event = recorded(suspension());
        NewCreditEvent other = new NewCreditEvent(ENTERPRISE, CreditEventKind.SUSPENSION_ORDER,
                CreditEventSource.ENFORCEMENT_CASE, "decision-17", "另一理由", "宿城应急罚〔2024〕17号", START,
                END.plusDays(30), null);

        assertThat(event.differencesFrom(other)).containsExactly("reason", "endDate");
    }
}
