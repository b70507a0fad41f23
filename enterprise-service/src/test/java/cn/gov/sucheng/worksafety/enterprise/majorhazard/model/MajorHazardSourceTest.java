package cn.gov.sucheng.worksafety.enterprise.majorhazard.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import org.junit.jupiter.api.Test;

import static cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardRatingTest.substance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MajorHazardSourceTest {

    static final OffsetDateTime REGISTERED_AT = OffsetDateTime.parse("2025-03-01T09:00:00+08:00");
    static final OffsetDateTime LATER = REGISTERED_AT.plusDays(7);

    static final SourceChiefs CHIEFS = new SourceChiefs(new SourceChief("王建国", "总经理", "0527-84361234"),
            new SourceChief("张伟", "耿车镇副镇长", "0527-84360001"), new SourceChief("李明", "区应急管理局局长", "0527-84300000"));

    static MajorHazardSource registered() {
        return MajorHazardSource.register(UUID.randomUUID(), "液氯储罐区", List.of(substance("30", "5", "4")),
                new BigDecimal("1.5"), CHIEFS, REGISTERED_AT);
    }

    @Test
    void registersWithTheRatingItsSubstancesImply() {
        MajorHazardSource source = registered();

        assertThat(source.rating().rValue()).isEqualByComparingTo("36.00");
        assertThat(source.rating().grade()).isEqualTo(HazardGrade.GRADE_3);
        assertThat(source.status()).isEqualTo(SourceStatus.REGISTERED);
        assertThat(source.version()).isZero();
    }

    @Test
    void changingSubstancesRecomputesTheRatingAndMovesTheVersionOn() {
        MajorHazardSource changed = registered().changeSubstances(List.of(substance("100", "5", "4")),
                new BigDecimal("2.0"), 0, LATER);

        assertThat(changed.rating().rValue()).isEqualByComparingTo("160.00");
        assertThat(changed.rating().grade()).isEqualTo(HazardGrade.GRADE_1);
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.updatedAt()).isEqualTo(LATER);
        assertThat(changed.createdAt()).isEqualTo(REGISTERED_AT);
    }

    @Test
    void refusesAChangeMadeFromAStaleVersion() {
        MajorHazardSource atVersionOne = registered().changeChiefs(CHIEFS, 0, LATER);

        assertThatThrownBy(() -> atVersionOne.changeChiefs(CHIEFS, 0, LATER))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("version 1");
        assertThatThrownBy(() -> atVersionOne.changeSubstances(List.of(substance("30", "5", "1")), BigDecimal.ONE, 2,
                LATER)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void changingChiefsKeepsTheRating() {
        SourceChiefs newChiefs = new SourceChiefs(CHIEFS.enterprise(), new SourceChief("赵强", "耿车镇镇长", "13905271234"),
                CHIEFS.district());

        MajorHazardSource changed = registered().changeChiefs(newChiefs, 0, LATER);

        assertThat(changed.chiefs().town().name()).isEqualTo("赵强");
        assertThat(changed.rating()).isEqualTo(registered().rating());
    }

    @Test
    void deregistersOnceRecordingWhoWhenAndWhyAndThenRefusesChanges() {
        MajorHazardSource off = registered().deregister("李明", "储罐已拆除", LATER);

        assertThat(off.status()).isEqualTo(SourceStatus.DEREGISTERED);
        assertThat(off.deregistration()).isEqualTo(new Deregistration("李明", LATER, "储罐已拆除"));
        assertThat(off.version()).isEqualTo(1);
        assertThatThrownBy(() -> off.deregister("李明", "again", LATER))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> off.changeChiefs(CHIEFS, 1, LATER))
                .isInstanceOf(ConflictException.class);
    }
}
