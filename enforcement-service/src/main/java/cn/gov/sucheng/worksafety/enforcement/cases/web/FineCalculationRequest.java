package cn.gov.sucheng.worksafety.enforcement.cases.web;

import java.util.List;

import cn.gov.sucheng.worksafety.enforcement.cases.model.DiscretionBand;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of a discretion calculation: the band the facts place the case in and its circumstances. */
public record FineCalculationRequest(@Schema(example = "GENERAL") @NotNull DiscretionBand band,
        @Size(max = 20) List<@Valid @NotNull CircumstanceRequest> circumstances) {

    public record CircumstanceRequest(@Schema(description = "true: aggravating (从重), false: mitigating (从轻)")
            @NotNull Boolean aggravating,
            @Schema(example = "一年内因同一违法行为受过处罚") @NotBlank @Size(max = 500) String description) {
    }
}
