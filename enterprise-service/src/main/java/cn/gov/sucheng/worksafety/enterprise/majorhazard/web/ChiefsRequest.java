package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.SourceChiefs;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The three source chiefs (源长制), all required. */
public record ChiefsRequest(
        @Schema(description = "Responsible person at the enterprise") @NotNull @Valid ChiefRequest enterprise,
        @Schema(description = "Responsible person at the town or street") @NotNull @Valid ChiefRequest town,
        @Schema(description = "Responsible person at the district") @NotNull @Valid ChiefRequest district) {

    SourceChiefs toChiefs() {
        return new SourceChiefs(enterprise.toChief(), town.toChief(), district.toChief());
    }
}
