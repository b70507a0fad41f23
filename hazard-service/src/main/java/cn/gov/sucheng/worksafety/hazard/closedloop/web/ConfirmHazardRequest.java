package cn.gov.sucheng.worksafety.hazard.closedloop.web;

import java.time.LocalDate;

import cn.gov.sucheng.worksafety.hazard.closedloop.model.Confirmation;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Handling;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/hazards/{id}/confirm}. */
public record ConfirmHazardRequest(
        @Schema(description = "The version read (or send If-Match)") Long version,
        @NotNull HazardGrade grade,
        @NotNull Handling handling,
        @Schema(description = "Required when fixed by a deadline; not in the past") LocalDate deadline,
        @Schema(description = "Who is to fix it", example = "张主任") @NotBlank @Size(max = 100) String assignee,
        @Schema(example = "李科员") @NotBlank @Size(max = 100) String actor,
        @Size(max = 1000) String reason) implements ActorStatement {

    Confirmation toConfirmation() {
        return new Confirmation(grade, handling, deadline, assignee.trim());
    }
}
