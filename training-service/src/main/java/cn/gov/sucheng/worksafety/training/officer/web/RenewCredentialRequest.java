package cn.gov.sucheng.worksafety.training.officer.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/v1/officers/{id}/renew-credential}. */
public record RenewCredentialRequest(
        @Schema(description = "New last day, after the current one", example = "2031-12-31") @NotNull LocalDate validUntil) {
}
