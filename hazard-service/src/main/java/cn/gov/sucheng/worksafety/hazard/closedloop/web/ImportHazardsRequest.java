package cn.gov.sucheng.worksafety.hazard.closedloop.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.closedloop.model.Handling;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardImport;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSource;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardStatus;
import cn.gov.sucheng.worksafety.platform.domain.Texts;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/hazards/imports}: up to 1,000 hazards another system holds. */
public record ImportHazardsRequest(
        @Schema(description = "Who imports (a system or a person)", example = "区网格化治理平台")
        @NotBlank @Size(max = 100) String actor,
        @NotEmpty @Size(max = 1000) List<@NotNull @Valid ImportedHazard> hazards) implements ActorStatement {

    /** One imported hazard, with the state it has in the sending system. */
    public record ImportedHazard(
            @Schema(description = "The sending system's id of the record; importing it again adds nothing",
                    example = "grid-2019-000123") @NotBlank @Size(max = 100) String sourceRef,
            @NotNull UUID enterpriseId,
            @Size(max = 200) String place,
            @NotBlank @Size(max = 2000) String description,
            @NotNull HazardGrade grade,
            @NotNull HazardSource source,
            Handling handling,
            LocalDate deadline,
            @Size(max = 100) String assignee,
            @Size(max = 100) String reportedBy,
            @NotNull OffsetDateTime foundAt,
            @NotNull HazardStatus status,
            @Schema(description = "When it was closed out; required for, and only for, a closed hazard")
            OffsetDateTime closedAt) {

        HazardImport toImport() {
            return new HazardImport(sourceRef.trim(), enterpriseId, Texts.given(place),
                    description.trim(), grade, source, handling, deadline, Texts.given(assignee),
                    Texts.given(reportedBy), foundAt, status, closedAt);
        }
    }
}
