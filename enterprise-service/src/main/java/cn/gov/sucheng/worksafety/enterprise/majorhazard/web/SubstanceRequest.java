package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import java.math.BigDecimal;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardousSubstance;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One hazardous chemical of a major hazard source, as a client sends it. Quantities are in tonnes. */
public record SubstanceRequest(
        @Schema(description = "Hazardous chemical (危险化学品)", example = "液氯") @NotBlank @Size(max = 100) String name,
        @Schema(description = "CAS number", example = "7782-50-5")
        @Pattern(regexp = "^\\d{2,7}-\\d{2}-\\d$", message = "must be a CAS number such as 7782-50-5") String casNumber,
        @Schema(description = "q: the largest quantity present, t (实际存在量)", example = "30")
        @NotNull @Positive @Digits(integer = 14, fraction = 4) BigDecimal actualQuantity,
        @Schema(description = "Q: the critical quantity of GB 18218-2018, t (临界量)", example = "5")
        @NotNull @Positive @Digits(integer = 14, fraction = 4) BigDecimal criticalQuantity,
        @Schema(description = "β: the correction factor of GB 18218-2018 table 1 or 2 (校正系数)", example = "4")
        @NotNull @DecimalMin("1") @DecimalMax("20") @Digits(integer = 2, fraction = 2) BigDecimal correctionFactor) {

    HazardousSubstance toSubstance() {
        return new HazardousSubstance(name.trim(), casNumber, actualQuantity, criticalQuantity, correctionFactor);
    }
}
