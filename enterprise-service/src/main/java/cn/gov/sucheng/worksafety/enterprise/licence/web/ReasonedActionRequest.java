package cn.gov.sucheng.worksafety.enterprise.licence.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;

/** The body of {@code /suspend} and {@code /revoke}, which must say why. */
public record ReasonedActionRequest(
        @Schema(example = "王科长") @NotBlank @Size(max = 100) String actor,
        @Schema(example = "重大事故隐患未按期整改") @NotBlank @Size(max = 500) String reason) implements ActorStatement {
}
