package cn.gov.sucheng.worksafety.enterprise.licence.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;

/** The body of {@code POST /api/v1/licences/{id}/reinstate}. */
public record ReinstateLicenceRequest(
        @Schema(example = "王科长") @NotBlank @Size(max = 100) String actor,
        @Schema(example = "隐患整改完毕，经复查合格") @Size(max = 500) String reason) implements ActorStatement {
}
