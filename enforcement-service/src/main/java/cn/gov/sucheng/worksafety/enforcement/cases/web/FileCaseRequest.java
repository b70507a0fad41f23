package cn.gov.sucheng.worksafety.enforcement.cases.web;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/cases}: filing a case (立案). */
public record FileCaseRequest(
        @NotNull UUID enterpriseId,
        @Schema(description = "The inspection the case comes from, if any: one of this enterprise") UUID inspectionId,
        @Schema(description = "A violation type of the discretion baselines", example = "UNTRAINED_SPECIAL_OPERATORS")
        @NotBlank @Size(max = 100) String violationType,
        @Schema(description = "A major case (重大案件) needs legal review and collective discussion before the decision")
        @NotNull Boolean major,
        @Schema(example = "特种作业人员无证上岗从事电焊作业") @NotBlank @Size(max = 2000) String summary,
        @Schema(description = "The day the case was filed (立案日期); today when absent", example = "2025-03-14")
        LocalDate filedOn,
        @Schema(example = "区应急管理局 李明") @NotBlank @Size(max = 100) String actor) implements ActorStatement {
}
