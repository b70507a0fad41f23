package cn.gov.sucheng.worksafety.hazard.supervision.web;

import java.time.LocalDate;

import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of a supervision action; each action reads the fields it needs. */
public record SupervisionActionRequest(
        @Schema(description = "The version read (or send If-Match)") Long version,
        @Schema(example = "王科长") @NotBlank @Size(max = 100) String actor,
        @Schema(description = "apply-for-acceptance: the day the enterprise applied; today when absent")
        LocalDate appliedOn,
        @Schema(description = "accept: whether the on-site acceptance passed; false sends it back to listed")
        Boolean passed,
        @Schema(description = "evaluate: the effect evaluation (整改效果评价)") @Size(max = 1000) String evaluation,
        @Schema(description = "A note; required when an acceptance fails") @Size(max = 1000) String note)
        implements ActorStatement {
}
