package cn.gov.sucheng.worksafety.training.certificate.web;

import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/certificates/{id}/revoke}. */
public record RevokeCertificateRequest(
        @Schema(description = "Why", example = "违章作业造成事故") @NotBlank @Size(max = 500) String reason,
        @Schema(description = "Who decides", example = "宿迁市应急管理局 张局长") @NotBlank @Size(max = 100) String actor)
        implements ActorStatement {
}
