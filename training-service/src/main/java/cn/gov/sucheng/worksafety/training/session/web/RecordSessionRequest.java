package cn.gov.sucheng.worksafety.training.session.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import cn.gov.sucheng.worksafety.training.session.model.TrainingKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/training-sessions}. */
public record RecordSessionRequest(
        @Schema(description = "Title", example = "危险化学品企业主要负责人安全生产知识培训") @NotBlank @Size(max = 200) String title,
        @Schema(description = "INITIAL (初次培训) or REFRESHER (再培训)") @NotNull TrainingKind kind,
        @Schema(description = "Day it was held", example = "2026-03-12") @NotNull LocalDate heldOn,
        @Schema(description = "Hours it counts for", example = "16") @NotNull @Min(1) @Max(200) Integer hours,
        @Schema(description = "Training provider", example = "宿迁市安全生产培训中心") @NotBlank @Size(max = 200) String provider,
        @Schema(description = "Trainees who attended") @NotEmpty @Size(max = 1000) List<@NotNull UUID> attendeeIds,
        @Schema(description = "Who records it", example = "王科长") @NotBlank @Size(max = 100) String actor)
        implements ActorStatement {
}
