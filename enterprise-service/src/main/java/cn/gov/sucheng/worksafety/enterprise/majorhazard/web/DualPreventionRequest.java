package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;

/** The body of {@code PUT /api/v1/enterprises/{id}/dual-prevention}. */
public record DualPreventionRequest(
        @Schema(description = "Whether the dual-prevention mechanism (双重预防机制) is built", example = "true")
        @NotNull Boolean built,
        @Schema(example = "区应急管理局 李明") @NotBlank @Size(max = 100) String actor) implements ActorStatement {
}
