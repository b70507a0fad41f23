package cn.gov.sucheng.worksafety.hazard.closedloop.web;

import java.util.List;

import cn.gov.sucheng.worksafety.platform.domain.Texts;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of a closed-loop action: who acts, on which version, why, and (to submit or fix) the evidence. */
public record HazardActionRequest(
        @Schema(description = "The version read (or send If-Match)") Long version,
        @Schema(example = "李科员") @NotBlank @Size(max = 100) String actor,
        @Schema(description = "Why; required to reject a fix") @Size(max = 1000) String reason,
        @Schema(description = "References of photos or documents showing the fix; required to submit a fix or to fix "
                + "on the spot") @Size(max = 20) List<@NotBlank @Size(max = 500) String> evidence)
        implements ActorStatement {

    String reasonOrNull() {
        return Texts.given(reason);
    }
}
