package cn.gov.sucheng.worksafety.enterprise.standardization.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.standardization.model.Element;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.ElementScores;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.Grade;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.NewGrading;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/standardization-gradings}. */
public record AwardGradingRequest(
        @Schema(example = "3f1c2a9e-5b7d-4c1e-9a0b-2d4e6f8a0b1c") @NotNull UUID enterpriseId,
        @Schema(description = "1 (highest) to 3", example = "2") @NotNull @Min(1) @Max(3) Integer grade,
        @Schema(description = "The day the grade was awarded; not in the future", example = "2024-05-10")
        @NotNull LocalDate awardedOn,
        @Schema(example = "宿迁市应急管理局") @NotBlank @Size(max = 200) String awardingBody,
        @Schema(description = "The score of each of the eight elements, 0–100, all eight required",
                example = """
                        {"GOALS_AND_DUTIES": 92, "INSTITUTIONAL_MANAGEMENT": 88, "EDUCATION_AND_TRAINING": 90,
                         "ON_SITE_MANAGEMENT": 85, "RISK_CONTROL_AND_HAZARD_MANAGEMENT": 87,
                         "EMERGENCY_MANAGEMENT": 91, "ACCIDENT_MANAGEMENT": 95, "CONTINUOUS_IMPROVEMENT": 89}""")
        @NotNull Map<Element, Integer> elementScores) {

    NewGrading toNewGrading() {
        return new NewGrading(enterpriseId, Grade.of(grade), awardedOn, awardingBody.trim(),
                new ElementScores(elementScores));
    }
}
