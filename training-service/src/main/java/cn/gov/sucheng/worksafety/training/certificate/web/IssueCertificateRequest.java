package cn.gov.sucheng.worksafety.training.certificate.web;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/certificates}. */
public record IssueCertificateRequest(
        @Schema(description = "Certificate number, unique", example = "T321302198803150018") @NotBlank @Size(max = 100) String number,
        @Schema(description = "The holder, a registered trainee") @NotNull UUID holderId,
        @Schema(description = "SPECIAL_OPERATION (特种作业操作证) or KEY_POST_SAFETY (安全生产知识和管理能力考核合格证)")
        @NotNull CertificateKind kind,
        @Schema(description = "Operation category (作业类别)", example = "电工作业") @NotBlank @Size(max = 100) String category,
        @Schema(description = "Permitted item (准操项目)", example = "低压电工作业") @NotBlank @Size(max = 100) String item,
        @Schema(description = "First day of validity; valid 6 years from it", example = "2024-03-01") @NotNull LocalDate firstIssuedOn,
        @Schema(description = "Since when the holder has practised without a violation; after 10 clean years reviews "
                + "fall every 6 years instead of 3", example = "2012-06-01") LocalDate cleanPracticeSince,
        @Schema(description = "The holder's exam pass the certificate rests on") @NotNull UUID examId,
        @Schema(description = "Who issues it", example = "宿迁市应急管理局 王科长") @NotBlank @Size(max = 100) String actor)
        implements ActorStatement {
}
