package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardousSubstance;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/v1/major-hazard-sources/{id}/substances}: the whole new list and α. */
public record ChangeSubstancesRequest(
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SubstanceRequest> substances,
        @Schema(example = "1.5")
        @NotNull @DecimalMin("0.5") @DecimalMax("2.0") @Digits(integer = 1, fraction = 2) BigDecimal exposureCorrection,
        @Schema(description = "The version the change was made from; a stale one answers 409. Required unless "
                + "If-Match names it", example = "0")
        @PositiveOrZero Long version) {

    List<HazardousSubstance> toSubstances() {
        return substances.stream().map(SubstanceRequest::toSubstance).toList();
    }
}
