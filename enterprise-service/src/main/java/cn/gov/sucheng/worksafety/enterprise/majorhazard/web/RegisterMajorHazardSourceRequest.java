package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardousSubstance;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/major-hazard-sources}. R and the grade are computed, never sent. */
public record RegisterMajorHazardSourceRequest(
        @NotNull UUID enterpriseId,
        @Schema(example = "液氯储罐区") @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SubstanceRequest> substances,
        @Schema(description = "α: correction for the people exposed outside the site, 0.5 to 2.0 (GB 18218-2018 table 4)",
                example = "1.5")
        @NotNull @DecimalMin("0.5") @DecimalMax("2.0") @Digits(integer = 1, fraction = 2) BigDecimal exposureCorrection,
        @NotNull @Valid ChiefsRequest chiefs) {

    List<HazardousSubstance> toSubstances() {
        return substances.stream().map(SubstanceRequest::toSubstance).toList();
    }
}
