package cn.gov.sucheng.worksafety.enterprise.licence.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;

/** The body of {@code POST /api/v1/licences/{id}/renew}. */
public record RenewLicenceRequest(
        @Schema(description = "Whether a fatal accident happened while the licence was valid; if so it cannot be "
                + "extended and the enterprise must be re-examined for a new licence", example = "false")
        @NotNull Boolean fatalAccidentInPeriod,
        @Schema(example = "王科长") @NotBlank @Size(max = 100) String actor,
        @Schema(example = "延期申请 2027-0042") @Size(max = 500) String reason) implements ActorStatement {
}
