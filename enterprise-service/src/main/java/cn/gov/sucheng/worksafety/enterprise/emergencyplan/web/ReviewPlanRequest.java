package cn.gov.sucheng.worksafety.enterprise.emergencyplan.web;

import java.time.LocalDate;

import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.ReviewOutcome;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/emergency-plans/{id}/review}. */
public record ReviewPlanRequest(
        @Schema(description = "Not before the filing or the last review, not in the future", example = "2026-03-02")
        @NotNull LocalDate reviewedOn,
        @Schema(example = "UNCHANGED") @NotNull ReviewOutcome outcome,
        @Schema(description = "After reviewedOn; when omitted, reviewedOn plus the review interval (3 years by default)",
                example = "2029-03-02") LocalDate nextReviewDueOn,
        @Schema(description = "Who reviewed the plan", example = "宿迁市恒安化工有限公司 安全环保部")
        @NotBlank @Size(max = 200) String reviewedBy) implements ActorStatement {

    @Override
    public String actor() {
        return reviewedBy;
    }

    @Override
    public String actorField() {
        return "reviewedBy";
    }
}
