package cn.gov.sucheng.worksafety.enterprise.risk.web;

import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/v1/enterprises/{id}/risk-colour}. */
public record AssignRiskColourRequest(
        @Schema(description = "RED 重大 / ORANGE 较大 / YELLOW 一般 / BLUE 低", example = "ORANGE") @NotNull RiskColour colour,
        @Schema(example = "2025年度风险评估：液氯储罐区构成三级重大危险源") @NotBlank @Size(max = 500) String reason,
        @Schema(example = "区应急管理局 李明") @NotBlank @Size(max = 100) String actor) implements ActorStatement {
}
