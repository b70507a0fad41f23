package cn.gov.sucheng.worksafety.enterprise.registry.web;

import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCode;
import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.NewEnterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.OverrideGrant;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Place;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/enterprises}. */
public record RegisterEnterpriseRequest(
        @Schema(description = "Unified social credit code (统一社会信用代码); its check character and division code "
                + "(positions 3-8) are checked unless an override is given", example = "91321302MA1XYK004T")
        // The check character is checked on registration, where an override can accept a failing one.
        @NotBlank @ValidCreditCode(checkCharacter = false) String creditCode,
        @Schema(example = "宿迁市宿城区恒安化工有限公司") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Town or street (镇/街道/园区)", example = "耿车镇") @NotBlank @Size(max = 50) String town,
        @Schema(description = "Village or community (村/社区)") @Size(max = 50) String village,
        @Schema(description = "Grid (网格)") @Size(max = 50) String grid,
        @Size(max = 200) String address,
        @Schema(example = "33.96") @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @Schema(example = "118.28") @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull IndustryArea industryArea,
        @Schema(description = "Admin override for a registered code that fails its check character or division "
                + "check; recorded with who and why") @Valid OverrideRequest override) {

    /** An administrator's override of the credit-code checks (核验豁免). */
    public record OverrideRequest(
            @Schema(example = "营业执照所载代码，经市场监管局核实") @NotBlank @Size(max = 500) String reason,
            @Schema(description = "Who decides", example = "区应急管理局 王伟") @NotBlank @Size(max = 100) String actor)
            implements ActorStatement {

        @Override
        public String actorField() {
            return "override.actor";
        }

        OverrideGrant toGrant(String decidedBy) {
            return new OverrideGrant(reason.trim(), decidedBy);
        }
    }

    @Schema(hidden = true)
    @AssertTrue(message = "latitude and longitude are given together or not at all")
    public boolean isCoordinates() {
        return (latitude == null) == (longitude == null);
    }

    NewEnterprise toNewEnterprise() {
        return new NewEnterprise(CreditCode.ofFormat(creditCode), name.trim(),
                new Place(town, village, grid, address, latitude, longitude), industryArea);
    }
}
