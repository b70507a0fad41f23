package cn.gov.sucheng.worksafety.enterprise.licence.web;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.licence.model.NewLicence;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/licences}. */
public record IssueLicenceRequest(
        @Schema(description = "The holder, a registered enterprise") @NotNull UUID enterpriseId,
        @Schema(description = "Licence number, unique", example = "(苏)WH安许证字[N00123]")
        @NotBlank @Size(max = 100) String number,
        @Schema(description = "Permitted activities (许可范围)", example = "危险化学品生产：硫酸(30万吨/年)")
        @NotBlank @Size(max = 500) String scope,
        @Schema(description = "Issuing authority (发证机关)", example = "江苏省应急管理厅")
        @NotBlank @Size(max = 100) String issuingAuthority,
        @Schema(description = "Issue date, not in the future; the licence is valid until the day before the "
                + "same date the configured number of years later", example = "2025-03-15")
        @NotNull LocalDate issuedOn,
        @Schema(description = "Who records the issue", example = "王科长")
        @NotBlank @Size(max = 100) String actor) implements ActorStatement {

    NewLicence toNewLicence() {
        return new NewLicence(enterpriseId, number.trim(), scope.trim(), issuingAuthority.trim(), issuedOn);
    }
}
