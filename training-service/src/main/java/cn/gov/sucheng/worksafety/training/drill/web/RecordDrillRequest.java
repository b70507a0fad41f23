package cn.gov.sucheng.worksafety.training.drill.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/drills}: an enterprise's drill (enterpriseId) or a department's (department). */
public record RecordDrillRequest(
        @Schema(description = "The enterprise that held it; or give department") UUID enterpriseId,
        @Schema(description = "The department that held it; or give enterpriseId", example = "宿城区应急管理局") @Size(max = 200) String department,
        @Schema(description = "Filing number of the emergency plan drilled", example = "321302-2025-017") @NotBlank @Size(max = 200) String planReference,
        @Schema(example = "液氯储罐泄漏现场处置演练") @NotBlank @Size(max = 500) String scenario,
        @Schema(example = "2026-06-16") @NotNull LocalDate heldOn,
        @Schema(example = "46") @NotNull @Min(1) @Max(100000) Integer participants,
        @Schema(description = "What needs fixing") @Size(max = 100) List<@NotBlank @Size(max = 500) String> findings,
        @Schema(description = "Who records it", example = "安全环保部 陈工") @NotBlank @Size(max = 100) String actor)
        implements ActorStatement {
}
