package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The body of {@code PUT /api/v1/major-hazard-sources/{id}/chiefs}. */
public record ChangeChiefsRequest(
        @NotNull @Valid ChiefsRequest chiefs,
        @Schema(description = "The version the change was made from; a stale one answers 409. Required unless "
                + "If-Match names it", example = "0")
        @PositiveOrZero Long version) {
}
