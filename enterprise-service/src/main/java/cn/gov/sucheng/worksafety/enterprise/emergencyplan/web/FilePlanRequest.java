package cn.gov.sucheng.worksafety.enterprise.emergencyplan.web;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.NewPlan;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.PlanType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/emergency-plans}. */
public record FilePlanRequest(
        @Schema(example = "3f1c2a9e-5b7d-4c1e-9a0b-2d4e6f8a0b1c") @NotNull UUID enterpriseId,
        @Schema(example = "宿迁市恒安化工有限公司生产安全事故综合应急预案") @NotBlank @Size(max = 200) String title,
        @Schema(description = "The plan's level: comprehensive (综合), special (专项) or on-site (现场处置)",
                example = "COMPREHENSIVE") @NotNull PlanType type,
        @Schema(description = "The filing number (备案编号), unique", example = "321302-2024-0158")
        @NotBlank @Size(max = 50) String filingNumber,
        @Schema(description = "Not in the future", example = "2024-03-18") @NotNull LocalDate filedOn,
        @Schema(example = "宿迁市宿城区应急管理局") @NotBlank @Size(max = 200) String filingAuthority,
        @Schema(description = "After filedOn; when omitted, filedOn plus the review interval (3 years by default)",
                example = "2027-03-18") LocalDate reviewDueOn) {

    NewPlan toNewPlan() {
        return new NewPlan(enterpriseId, title.trim(), type, filingNumber.trim(), filedOn, filingAuthority.trim(),
                reviewDueOn);
    }
}
