package cn.gov.sucheng.worksafety.enterprise.registry.model;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnterpriseRevisionTest {

    static final OffsetDateTime REGISTERED = OffsetDateTime.parse("2026-01-05T10:00:00+08:00");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:30:00+08:00");
    // A mapping that has changed since registration: the chemicals department was renamed.
    static final Function<IndustryArea, String> CURRENT_MAPPING = area -> switch (area) {
        case HAZARDOUS_CHEMICALS -> "区危险化学品安全监管局";
        case CONSTRUCTION -> "区住房和城乡建设局";
        default -> "区安委办";
    };

    final CodeCheckOverride override = new CodeCheckOverride("核实", "王伟", Set.of(CreditCodeCheck.DIVISION),
            REGISTERED);
    final Enterprise enterprise = new Enterprise(UUID.randomUUID(), Codes.valid("91321302MA1XYK004"), "恒安化工",
            new Place("耿车镇", null, null, null, null, null), IndustryArea.HAZARDOUS_CHEMICALS, "区应急管理局", null, false, 3,
            REGISTERED, REGISTERED, override);

    EnterpriseRevision revision(String code, IndustryArea area) {
        return new EnterpriseRevision(code, "宿迁恒安化工有限公司",
                new Place("龙河镇", "龙河村", "网格3", "龙河大道1号", 33.9, 118.2), area);
    }

    @Test
    void takesTheNewFactsOneVersionOnAndKeepsIdentityAndHistory() {
        Enterprise revised = enterprise.revisedBy(revision(null, IndustryArea.HAZARDOUS_CHEMICALS), CURRENT_MAPPING, NOW);

        assertThat(revised.name()).isEqualTo("宿迁恒安化工有限公司");
        assertThat(revised.place().village()).isEqualTo("龙河村");
        assertThat(revised.version()).isEqualTo(4);
        assertThat(revised.updatedAt()).isEqualTo(NOW);
        assertThat(revised.id()).isEqualTo(enterprise.id());
        assertThat(revised.creditCode()).isEqualTo(enterprise.creditCode());
        assertThat(revised.createdAt()).isEqualTo(REGISTERED);
        assertThat(revised.codeCheckOverride()).isEqualTo(override);
    }

    @Test
    void keepsTheRecordedDepartmentWhileTheIndustryAreaStaysTheSame() {
        Enterprise revised = enterprise.revisedBy(revision(null, IndustryArea.HAZARDOUS_CHEMICALS), CURRENT_MAPPING, NOW);

        assertThat(revised.supervisingDepartment()).isEqualTo("区应急管理局");
    }

    @Test
    void derivesTheDepartmentAfreshWhenTheIndustryAreaChanges() {
        Enterprise revised = enterprise.revisedBy(revision(null, IndustryArea.CONSTRUCTION), CURRENT_MAPPING, NOW);

        assertThat(revised.supervisingDepartment()).isEqualTo("区住房和城乡建设局");
    }

    @Test
    void acceptsItsOwnCreditCodeInAnySpelling() {
        String own = " " + enterprise.creditCode().value().toLowerCase() + " ";

        assertThat(enterprise.revisedBy(revision(own, IndustryArea.HAZARDOUS_CHEMICALS), CURRENT_MAPPING, NOW)
                .creditCode()).isEqualTo(enterprise.creditCode());
    }

    @Test
    void refusesToChangeTheCreditCode() {
        String other = Codes.valid("91321302MA1XYK005").value();

        assertThatThrownBy(() -> enterprise.revisedBy(revision(other, IndustryArea.HAZARDOUS_CHEMICALS),
                CURRENT_MAPPING, NOW))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class,
                        ex -> assertThat(ex.field()).isEqualTo("creditCode"))
                .hasMessageContaining("cannot be changed");
    }
}
