package cn.gov.sucheng.worksafety.enterprise.standardization.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;

/** The body of {@code POST /api/v1/standardization-gradings/{id}/downgrade}. */
public record DowngradeRequest(
        @Schema(description = "The new grade, lower (a larger number) than the current one", example = "3")
        @NotNull @Min(1) @Max(3) Integer toGrade,
        @Schema(example = "复评发现重大事故隐患未按期整改") @NotBlank @Size(max = 500) String reason,
        @Schema(description = "Who decided it", example = "区应急管理局 张伟") @NotBlank @Size(max = 200) String actor)
        implements ActorStatement {
}
