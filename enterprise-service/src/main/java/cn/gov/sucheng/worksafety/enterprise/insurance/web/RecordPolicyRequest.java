package cn.gov.sucheng.worksafety.enterprise.insurance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.insurance.model.NewPolicy;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/liability-insurance-policies}. */
public record RecordPolicyRequest(
        @Schema(description = "The insured, a registered enterprise") @NotNull UUID enterpriseId,
        @Schema(description = "Policy number, unique", example = "PZAB202532130200001234")
        @NotBlank @Size(max = 100) String policyNumber,
        @Schema(description = "Insurer (保险公司)", example = "中国人民财产保险股份有限公司宿迁市分公司")
        @NotBlank @Size(max = 200) String insurer,
        @Schema(description = "First day of cover", example = "2025-03-01") @NotNull LocalDate startsOn,
        @Schema(description = "Last day of cover, not before startsOn", example = "2026-02-28") @NotNull LocalDate endsOn,
        @Schema(description = "Premium for the period, CNY", example = "12800.00")
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal premium,
        @Schema(description = "Cover per person (每人保险金额), CNY", example = "800000.00")
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
        BigDecimal insuredAmountPerPerson,
        @Schema(description = "Who records the policy", example = "王科长") @NotBlank @Size(max = 100) String actor)
        implements ActorStatement {

    NewPolicy toNewPolicy() {
        return new NewPolicy(enterpriseId, policyNumber.trim(), insurer.trim(), startsOn, endsOn, premium,
                insuredAmountPerPerson);
    }
}
