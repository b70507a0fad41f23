package cn.gov.sucheng.worksafety.enterprise.insurance.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;

/** The body of {@code POST /api/v1/liability-insurance-policies/{id}/cancel}. */
public record CancelPolicyRequest(
        @Schema(description = "First day without cover, inside the policy's period", example = "2025-09-01")
        @NotNull LocalDate effectiveOn,
        @Schema(description = "Why", example = "企业停产退保") @NotBlank @Size(max = 500) String reason,
        @Schema(description = "Who records it", example = "王科长") @NotBlank @Size(max = 100) String actor)
        implements ActorStatement {
}
