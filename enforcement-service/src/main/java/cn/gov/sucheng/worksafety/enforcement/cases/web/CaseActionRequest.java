package cn.gov.sucheng.worksafety.enforcement.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.gov.sucheng.worksafety.enforcement.cases.model.CreditOutcome;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of a case action; {@code fine} and {@code creditOutcome} count only for {@code decide}. */
public record CaseActionRequest(
        @Schema(example = "区应急管理局 李明") @NotBlank @Size(max = 100) String actor,
        @Schema(example = "当事人放弃陈述申辩") @Size(max = 2000) String note,
        @Schema(description = "decide: the fine in CNY", example = "45000") @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal fine,
        @Schema(description = "decide: what the decision means for the enterprise's credit; sent to enterprise-service")
        @Valid CreditOutcomeRequest creditOutcome,
        @Schema(description = "The day the action was taken, for a case recorded after the fact; today when absent. "
                + "Not before the case was filed, not in the future. A notice or decision the action issues carries "
                + "this date and is numbered in its year.", example = "2025-05-20") LocalDate on) implements ActorStatement {

    public record CreditOutcomeRequest(@Schema(example = "SUSPENSION_ORDER") @NotNull CreditOutcome.Kind kind,
            @Schema(example = "2025-06-01") @NotNull LocalDate startDate,
            @Schema(description = "Required for a suspension, refused for a closure", example = "2025-08-31") LocalDate endDate) {

        CreditOutcome toOutcome() {
            return new CreditOutcome(kind, startDate, endDate);
        }
    }
}
