package cn.gov.sucheng.worksafety.hazard.accident.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccidentTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final Duration HOUR = Duration.ofHours(1);

    static NewAccident reportedAfter(Duration delay, AccidentKind kind, int deaths) {
        OffsetDateTime at = NOW.minusDays(1);
        return new NewAccident(kind, at, at.plus(delay), null, "耿车镇", "CONSTRUCTION", "工地", "坍塌", deaths, 0,
                BigDecimal.ZERO, false, null);
    }

    @Test
    void flagsAReportLaterThanTheLimitAndNotOneJustInTime() {
        assertThat(Accident.record(UUID.randomUUID(), reportedAfter(HOUR, AccidentKind.ACCIDENT, 1), null, null, HOUR, NOW)
                .lateReport()).isFalse();
        assertThat(Accident.record(UUID.randomUUID(), reportedAfter(HOUR.plusMinutes(1), AccidentKind.ACCIDENT, 1),
                null, null, HOUR, NOW).lateReport()).isTrue();
    }

    @Test
    void aNearMissHurtsNoOneAndAReportPrecedesNoAccident() {
        assertThatThrownBy(() -> Accident.record(UUID.randomUUID(), reportedAfter(HOUR, AccidentKind.NEAR_MISS, 1),
                null, null, HOUR, NOW)).isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> Accident.record(UUID.randomUUID(), reportedAfter(HOUR.negated(), AccidentKind.ACCIDENT,
                0), null, null, HOUR, NOW)).isInstanceOfSatisfying(InvalidException.class,
                        e -> assertThat(e.field()).isEqualTo("reportedAt"));
    }

    @Test
    void theInvestigationMovesForwardOneStepAtATime() {
        Accident a = Accident.record(UUID.randomUUID(), reportedAfter(HOUR, AccidentKind.ACCIDENT, 1), null, null, HOUR, NOW);
        assertThatThrownBy(() -> a.advanceInvestigation(Investigation.CONCLUDED))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.facts()).containsEntry("currentState", "NOT_STARTED"));
        Accident concluded = a.advanceInvestigation(Investigation.INVESTIGATING)
                .advanceInvestigation(Investigation.CONCLUDED);
        assertThat(concluded.version()).isEqualTo(2);
        assertThatThrownBy(() -> concluded.advanceInvestigation(Investigation.CONCLUDED))
                .isInstanceOf(ConflictException.class);
    }
}
