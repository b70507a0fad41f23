package cn.gov.sucheng.worksafety.hazard.riskreport.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckTaskTest {

    static final OffsetDateTime SET = OffsetDateTime.of(2026, 1, 31, 8, 0, 0, 0, ZoneOffset.ofHours(8));

    static CheckTask every(int length, CycleUnit unit) {
        return new CheckTask(UUID.randomUUID(), UUID.randomUUID(), "巡检", unit, length, null, SET);
    }

    @Test
    void isDueOneCycleAfterItWasSetAndOverdueOnlyAfterThat() {
        CheckTask shiftly = every(8, CycleUnit.HOURS);
        assertThat(shiftly.nextDueAt()).isEqualTo(SET.plusHours(8));
        assertThat(shiftly.isOverdueAt(SET.plusHours(8))).isFalse();
        assertThat(shiftly.isOverdueAt(SET.plusHours(8).plusSeconds(1))).isTrue();
    }

    @Test
    void aCheckRestartsTheCycleButAnOlderRecordDoesNot() {
        CheckTask monthly = every(1, CycleUnit.MONTHS).checkedAt(SET.plusDays(10));
        assertThat(monthly.nextDueAt()).isEqualTo(SET.plusDays(10).plusMonths(1));
        assertThat(monthly.checkedAt(SET.plusDays(1)).lastCheckedAt()).isEqualTo(SET.plusDays(10));
    }

    @Test
    void monthsAndYearsFollowTheCalendar() {
        // 31 January + 1 month is the last day of February.
        assertThat(every(1, CycleUnit.MONTHS).nextDueAt().toLocalDate()).isEqualTo("2026-02-28");
        assertThat(every(1, CycleUnit.YEARS).nextDueAt().toLocalDate()).isEqualTo("2027-01-31");
        assertThat(every(3, CycleUnit.DAYS).nextDueAt()).isEqualTo(SET.plusDays(3));
    }
}
