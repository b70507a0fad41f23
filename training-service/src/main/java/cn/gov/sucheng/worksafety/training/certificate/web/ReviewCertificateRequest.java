package cn.gov.sucheng.worksafety.training.certificate.web;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import cn.gov.sucheng.worksafety.training.certificate.model.ReviewFindings;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/certificates/{id}/reviews}. */
public record ReviewCertificateRequest(
        @Schema(description = "Day of the review, not in the future", example = "2027-02-10") @NotNull LocalDate reviewedOn,
        @Schema(description = "The health check was passed") @NotNull Boolean healthCheckPassed,
        @Schema(description = "Violations in the period; 2 or more fail the review", example = "0") @NotNull @Min(0) @Max(1000) Integer violations,
        @Schema(description = "An administrative penalty in the period fails the review") @NotNull Boolean administrativePenalty,
        @Schema(description = "Refresher training hours in the period; fewer than 8 fail the review", example = "8")
        @NotNull @Min(0) @Max(1000) Integer refresherHours,
        @Schema(description = "The holder's exam pass the review rests on") @NotNull UUID examId,
        @Schema(description = "Who reviews", example = "宿迁市应急管理局 李科长") @NotBlank @Size(max = 100) String actor)
        implements ActorStatement {

    ReviewFindings findings() {
        return new ReviewFindings(healthCheckPassed, violations, administrativePenalty, refresherHours);
    }
}
