package cn.gov.sucheng.worksafety.enforcement.inspection.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.model.FindingGrade;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.InspectingOfficer;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.InspectionMode;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.NewFinding;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.NewInspection;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/inspections}: an inspection record (现场检查记录) with its report. */
public record RecordInspectionRequest(
        @NotNull UUID enterpriseId,
        @Schema(example = "UNANNOUNCED") @NotNull InspectionMode mode,
        @Schema(example = "储罐区、甲类仓库") @NotBlank @Size(max = 200) String place,
        @Schema(example = "2025-05-12T09:30:00+08:00") @NotNull OffsetDateTime startedAt,
        @Schema(example = "2025-05-12T11:45:00+08:00") @NotNull OffsetDateTime endedAt,
        @Schema(description = "At least two officers, each with the badge number shown on site")
        @NotNull @Size(min = 2, max = 10) List<@Valid @NotNull Officer> officers,
        @Schema(description = "Persons present for the enterprise", example = "[\"王建国（安全总监）\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> personsPresent,
        @Schema(description = "Items of the checklist that were checked", example = "[\"安全生产责任制\",\"动火作业管理\"]")
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 200) String> itemsChecked,
        @Schema(description = "What was found; each becomes a hazard in hazard-service")
        @Size(max = 100) List<@Valid @NotNull FindingRequest> findings,
        @Schema(description = "The inspection report (检查情况), free text", example = "检查发现储罐区可燃气体报警器失效，应急照明灯损坏。")
        @NotBlank @Size(max = 20000) String reportText,
        @Schema(description = "Conclusion of the report", example = "责令限期整改") @NotBlank @Size(max = 1000) String conclusion,
        @Schema(description = "The random draw the inspection follows, if any") UUID drawId,
        @Schema(description = "Who records the inspection", example = "区应急管理局 李明") @NotBlank @Size(max = 100) String recordedBy)
        implements ActorStatement {

    @Override
    public String actor() {
        return recordedBy;
    }

    @Override
    public String actorField() {
        return "recordedBy";
    }

    /** An inspecting officer. */
    public record Officer(@Schema(example = "32130219001") @NotBlank @Size(max = 50) String badgeNumber,
            @Schema(example = "李明") @NotBlank @Size(max = 50) String name) {
    }

    /** A finding. */
    public record FindingRequest(
            @Schema(example = "储罐区可燃气体报警器失效") @NotBlank @Size(max = 2000) String description,
            @Schema(example = "1号储罐区") @Size(max = 200) String place,
            @Schema(example = "MAJOR") @NotNull FindingGrade grade,
            @Schema(description = "By when it must be fixed; none when fixed on the spot", example = "2025-05-26") LocalDate deadline) {
    }

    NewInspection toNewInspection(String actor) {
        return new NewInspection(enterpriseId, mode, place, startedAt, endedAt,
                officers.stream().map(o -> new InspectingOfficer(o.badgeNumber().trim(), o.name().trim())).toList(),
                personsPresent == null ? List.of() : personsPresent, itemsChecked,
                findings == null ? List.of() : findings.stream()
                        .map(f -> new NewFinding(f.description(), f.place(), f.grade(), f.deadline())).toList(),
                reportText, conclusion, drawId, actor);
    }
}
