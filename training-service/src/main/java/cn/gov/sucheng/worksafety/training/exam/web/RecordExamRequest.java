package cn.gov.sucheng.worksafety.training.exam.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/exams}. */
public record RecordExamRequest(
        @Schema(description = "Who sat the exam, a registered trainee") @NotNull UUID traineeId,
        @Schema(description = "What was examined", example = "特种作业 电工作业 低压电工作业") @NotBlank @Size(max = 200) String subject,
        @Schema(description = "Day of the exam, not in the future", example = "2026-03-20") @NotNull LocalDate takenOn,
        @Schema(description = "Score out of 100", example = "86") @NotNull @DecimalMin("0") @DecimalMax("100")
        @Digits(integer = 3, fraction = 1) BigDecimal score,
        @Schema(description = "Pass mark out of 100; default 80", example = "80") @DecimalMin("0") @DecimalMax("100")
        @Digits(integer = 3, fraction = 1) BigDecimal passMark,
        @Schema(description = "Who records it", example = "考试中心 李老师") @NotBlank @Size(max = 100) String actor)
        implements ActorStatement {
}
