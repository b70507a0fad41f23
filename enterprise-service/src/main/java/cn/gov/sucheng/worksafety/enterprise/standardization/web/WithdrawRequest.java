package cn.gov.sucheng.worksafety.enterprise.standardization.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;

/** The body of {@code POST /api/v1/standardization-gradings/{id}/withdraw}. */
public record WithdrawRequest(
        @Schema(example = "发生较大生产安全责任事故") @NotBlank @Size(max = 500) String reason,
        @Schema(description = "Who decided it", example = "区应急管理局 张伟") @NotBlank @Size(max = 200) String actor)
        implements ActorStatement {
}
