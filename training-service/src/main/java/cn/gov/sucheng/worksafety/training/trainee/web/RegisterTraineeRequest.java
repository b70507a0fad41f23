package cn.gov.sucheng.worksafety.training.trainee.web;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.training.trainee.model.IdNumber;
import cn.gov.sucheng.worksafety.training.trainee.model.KeyPost;
import cn.gov.sucheng.worksafety.training.trainee.model.NewTrainee;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/trainees}. */
public record RegisterTraineeRequest(
        @Schema(description = "Full name", example = "王建国") @NotBlank @Size(max = 100) String name,
        @Schema(description = "Resident identity card number (居民身份证号码), 18 characters, GB 11643 check character; "
                + "stored encrypted and never shown again but masked", example = "321302198803150012")
        @NotBlank @Size(max = 18) String idNumber,
        @Schema(description = "The employer, a registered enterprise") @NotNull UUID enterpriseId,
        @Schema(description = "PRINCIPAL, SAFETY_MANAGER, SPECIAL_OPERATION_WORKER or OTHER") @NotNull KeyPost keyPost,
        @Schema(description = "Works in a high-risk trade (高危行业)") @NotNull Boolean highRiskTrade) {

    NewTrainee toNewTrainee(LocalDate today) {
        return new NewTrainee(name.trim(), IdNumber.parse(idNumber, "idNumber", today), enterpriseId, keyPost,
                highRiskTrade);
    }
}
