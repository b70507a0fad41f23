package cn.gov.sucheng.worksafety.training.officer.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/officers/{id}/suspend}. */
public record SuspendOfficerRequest(@Schema(example = "调离执法岗位") @NotBlank @Size(max = 500) String reason) {
}
