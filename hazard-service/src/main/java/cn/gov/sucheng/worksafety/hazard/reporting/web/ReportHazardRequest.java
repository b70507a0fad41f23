package cn.gov.sucheng.worksafety.hazard.reporting.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardReport;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardSource;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/hazards}. */
public record ReportHazardRequest(
        @Schema(description = "The registered enterprise where the hazard is") @NotNull UUID enterpriseId,
        @Schema(example = "储罐区可燃气体报警器失效") @NotBlank @Size(max = 2000) String description,
        @NotNull HazardGrade grade,
        @NotNull HazardSource source,
        @Schema(description = "Who reported it (a name or badge number)") @Size(max = 100) String reportedBy,
        @Schema(description = "When it was found; now when absent") OffsetDateTime foundAt)
        implements ActorStatement {

    @Override
    public String actor() {
        return reportedBy;
    }

    @Override
    public String actorField() {
        return "reportedBy";
    }

    /** The report as made by {@code reporter}, who may be unknown (null). */
    HazardReport toReport(String reporter) {
        return new HazardReport(enterpriseId, description.trim(), grade, source, reporter, foundAt);
    }
}
