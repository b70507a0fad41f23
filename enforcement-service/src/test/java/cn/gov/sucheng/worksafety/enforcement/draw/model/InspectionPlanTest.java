package cn.gov.sucheng.worksafety.enforcement.draw.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class InspectionPlanTest {

    static InspectionPlan plan(int keyUnits) {
        // 10 working days × 3 officers − 5 − 5 = 20 inspection days
        return new InspectionPlan(UUID.randomUUID(), 2025, "计划", 10, 3, 5, 5,
                java.util.stream.Stream.generate(UUID::randomUUID).limit(keyUnits).toList(), List.of("安全生产责任制"),
                "张伟", OffsetDateTime.now(), 0);
    }

    @Test
    void keyUnitsTakeTwoDaysEachAndDrawsTheirOfficerDaysUpToTheCapacity() {
        InspectionPlan plan = plan(4);

        assertThat(plan.inspectionDays()).isEqualTo(20);
        assertThat(plan.keyUnitDays()).isEqualTo(8);
        assertThatNoException().isThrownBy(() -> plan.checkCapacity(6, 6));
        assertThatThrownBy(() -> plan.checkCapacity(6, 7)).isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("20 inspection days").hasMessageContaining("21 in all");
        assertThatThrownBy(() -> plan(11).checkCapacity(0, 0)).isInstanceOf(UnprocessableException.class);
    }

    @Test
    void aRevisionKeepsIdentityAndCountsTheVersion() {
        InspectionPlan plan = plan(0);
        InspectionPlan revised = plan.revise(2026, "新计划", 200, 2, 0, 0, List.of(), List.of("消防设施器材"));

        assertThat(revised.id()).isEqualTo(plan.id());
        assertThat(revised.createdBy()).isEqualTo("张伟");
        assertThat(revised.version()).isEqualTo(1);
        assertThat(revised.inspectionDays()).isEqualTo(400);
    }
}
