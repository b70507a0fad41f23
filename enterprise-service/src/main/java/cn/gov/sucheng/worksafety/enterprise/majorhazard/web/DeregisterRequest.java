package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;

/** The body of {@code POST /api/v1/major-hazard-sources/{id}/deregister}. */
public record DeregisterRequest(
        @Schema(example = "区应急管理局 李明") @NotBlank @Size(max = 100) String actor,
        @Schema(example = "液氯储罐已拆除，经现场核查不再构成重大危险源") @NotBlank @Size(max = 500) String reason)
        implements ActorStatement {
}
