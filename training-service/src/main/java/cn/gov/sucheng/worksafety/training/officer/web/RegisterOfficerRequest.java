package cn.gov.sucheng.worksafety.training.officer.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/officers}. */
public record RegisterOfficerRequest(
        @Schema(example = "刘洋") @NotBlank @Size(max = 100) String name,
        @Schema(description = "Enforcement badge number (执法证号), unique", example = "32130200117") @NotBlank @Size(max = 50) String badgeNumber,
        @Schema(example = "宿城区应急管理局") @NotBlank @Size(max = 200) String department,
        @Schema(description = "Last day the enforcement credential is valid", example = "2028-12-31") @NotNull LocalDate credentialValidUntil,
        @Schema(description = "Has a professional work-safety background (安全生产专业背景)") @NotNull Boolean safetyBackground,
        @Schema(description = "Enforcement training hours on record", example = "40") @Min(0) @Max(10000) Integer trainingHours,
        @Schema(description = "Enterprises the officer declared a tie to (kinship, former employment): recused from them")
        @Size(max = 100) Set<@NotNull UUID> tiedEnterpriseIds) {
}
