package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DualPreventionTest {

    static final UUID ENTERPRISE = UUID.randomUUID();
    static final OffsetDateTime T1 = OffsetDateTime.parse("2025-01-10T10:00:00+08:00");
    static final OffsetDateTime T2 = T1.plusMonths(2);

    @Test
    void isNotBuiltAndUnattributedUntilSomeoneSetsIt() {
        DualPrevention never = DualPrevention.of(ENTERPRISE, List.of());

        assertThat(never.built()).isFalse();
        assertThat(never.changedBy()).isNull();
        assertThat(never.changedAt()).isNull();
        assertThat(never.changes(false)).isFalse();
        assertThat(never.changes(true)).isTrue();
    }

    @Test
    void followsTheLastChange() {
        DualPrevention state = DualPrevention.of(ENTERPRISE, List.of(new DualPrevention.Change(true, "李明", T1),
                new DualPrevention.Change(false, "张伟", T2)));

        assertThat(state.built()).isFalse();
        assertThat(state.changedBy()).isEqualTo("张伟");
        assertThat(state.changedAt()).isEqualTo(T2);
        assertThat(state.history()).hasSize(2);
        assertThat(state.changes(false)).isFalse();
    }
}
