package cn.gov.sucheng.worksafety.hazard.closedloop.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.closedloop.model.Handling;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardReport;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSource;
import cn.gov.sucheng.worksafety.platform.domain.Texts;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/hazards}. */
public record ReportHazardRequest(
        @Schema(description = "The registered enterprise where the hazard is") @NotNull UUID enterpriseId,
        @Schema(description = "Where on the site", example = "二号储罐区") @Size(max = 200) String place,
        @Schema(example = "储罐区可燃气体报警器失效") @NotBlank @Size(max = 2000) String description,
        @Schema(description = "References (URLs or document ids) of photos and attachments")
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> attachments,
        @NotNull HazardGrade grade,
        @NotNull HazardSource source,
        @Schema(description = "How it is to be fixed; may be left to confirmation") Handling handling,
        @Schema(description = "Date by which it must be fixed; may be left to confirmation") LocalDate deadline,
        @Schema(description = "The enterprise's person responsible for the fix") @Size(max = 100) String responsiblePerson,
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
        return new HazardReport(enterpriseId, Texts.given(place), description.trim(), attachments, grade, source,
                handling, deadline, Texts.given(responsiblePerson), reporter, foundAt);
    }
}
