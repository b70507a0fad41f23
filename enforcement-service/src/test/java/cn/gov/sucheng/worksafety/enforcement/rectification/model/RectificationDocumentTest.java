package cn.gov.sucheng.worksafety.enforcement.rectification.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.model.DocumentKind;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RectificationDocumentTest {

    static final LocalDate ISSUED = LocalDate.of(2025, 6, 10);
    static final Origin INSPECTION = new Origin(Origin.Kind.INSPECTION, UUID.randomUUID(), UUID.randomUUID(), "耿车镇");

    static RectificationDocument order(Origin origin) {
        return RectificationDocument.order(UUID.randomUUID(), "宿城应急责改〔2025〕3号", origin, ISSUED,
                ISSUED.plusDays(15), List.of(" 更换失效的可燃气体报警器 ", ""), "李明");
    }

    static List<String> fields(InvalidException ex) {
        return ex.violations().stream().map(InvalidException.Violation::field).toList();
    }

    @Test
    void anOrderKeepsItsDeadlineAndTrimmedRequirements() {
        RectificationDocument order = order(INSPECTION);

        assertThat(order.kind()).isEqualTo(DocumentKind.ORDER_TO_CORRECT);
        assertThat(order.correctBy()).isEqualTo(ISSUED.plusDays(15));
        assertThat(order.requirements()).containsExactly("更换失效的可燃气体报警器");
    }

    @Test
    void anOrderDueOnItsDayOfIssueOrWithoutRequirementsNamesTheFields() {
        assertThatThrownBy(() -> RectificationDocument.order(UUID.randomUUID(), "n", INSPECTION, ISSUED, ISSUED,
                List.of(" "), "李明"))
                .isInstanceOfSatisfying(InvalidException.class,
                        ex -> assertThat(fields(ex)).containsExactly("correctBy", "requirements"));
    }

    @Test
    void anOpinionReviewsAnOrderOfTheSameRecordBetweenItsIssueAndToday() {
        RectificationDocument order = order(INSPECTION);
        LocalDate today = ISSUED.plusDays(20);

        RectificationDocument opinion = RectificationDocument.opinion(UUID.randomUUID(), "宿城应急复查〔2025〕1号",
                INSPECTION, today, order, ISSUED.plusDays(14), true, " 隐患已整改完毕。 ", "王芳");

        assertThat(opinion.kind()).isEqualTo(DocumentKind.REINSPECTION_OPINION);
        assertThat(opinion.orderId()).isEqualTo(order.id());
        assertThat(opinion.opinion()).isEqualTo("隐患已整改完毕。");
        assertThatThrownBy(() -> RectificationDocument.opinion(UUID.randomUUID(), "n", INSPECTION, today, order,
                ISSUED.minusDays(1), true, "x", "王芳"))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("reinspectedOn"));
        assertThatThrownBy(() -> RectificationDocument.opinion(UUID.randomUUID(), "n", INSPECTION, today, order,
                today.plusDays(1), true, "x", "王芳"))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("reinspectedOn"));
        Origin other = new Origin(Origin.Kind.CASE, UUID.randomUUID(), INSPECTION.enterpriseId(), "耿车镇");
        assertThatThrownBy(() -> RectificationDocument.opinion(UUID.randomUUID(), "n", other, today, order,
                ISSUED.plusDays(14), true, "x", "王芳"))
                .isInstanceOfSatisfying(InvalidException.class, ex -> assertThat(ex.field()).isEqualTo("orderId"));
        assertThatThrownBy(() -> RectificationDocument.opinion(UUID.randomUUID(), "n", INSPECTION, today, opinion,
                ISSUED.plusDays(14), true, "x", "王芳"))
                .as("an opinion is no order").isInstanceOfSatisfying(InvalidException.class,
                        ex -> assertThat(ex.field()).isEqualTo("orderId"));
    }
}
