package cn.gov.sucheng.worksafety.hazard.supervision.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.gov.sucheng.worksafety.hazard.supervision.model.TreatmentPlan;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/hazards/{id}/supervision}: the hazard's version read (listing changes the hazard:
 * it can no longer be closed out until delisted), who lists it, and the treatment plan.
 */
public record ListForSupervisionRequest(
        @Schema(description = "The hazard's version read (or send If-Match)", example = "1") Long version,
        @Schema(description = "The body that lists it", example = "区安委办") @NotBlank @Size(max = 100)
        String supervisingBody,
        @Schema(example = "更换失效报警器，恢复储罐区可燃气体检测联锁") @NotBlank @Size(max = 1000) String goal,
        @Schema(example = "停用二号储罐区，委托有资质单位更换并标定") @NotBlank @Size(max = 1000) String method,
        @Schema(description = "Funds in CNY", example = "180000") @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        BigDecimal fundsCny,
        @Schema(example = "企业主要负责人牵头，安全科具体实施") @NotBlank @Size(max = 500) String organisation,
        @NotNull LocalDate deadline,
        @Schema(example = "治理期间停止装卸作业，设置警戒区") @NotBlank @Size(max = 1000) String safetyMeasures,
        @Schema(example = "储罐区泄漏专项应急预案") @NotBlank @Size(max = 1000) String emergencyPlan,
        @Schema(example = "王科长") @NotBlank @Size(max = 100) String actor) implements ActorStatement {

    TreatmentPlan toPlan() {
        return new TreatmentPlan(goal.trim(), method.trim(), fundsCny, organisation.trim(), deadline,
                safetyMeasures.trim(), emergencyPlan.trim());
    }
}
