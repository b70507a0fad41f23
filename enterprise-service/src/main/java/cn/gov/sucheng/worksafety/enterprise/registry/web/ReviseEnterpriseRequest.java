package cn.gov.sucheng.worksafety.enterprise.registry.web;

import cn.gov.sucheng.worksafety.enterprise.registry.model.EnterpriseRevision;
import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Place;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/v1/enterprises/{id}}: every editable fact, stated in full (a field left
 * out is cleared), and the version the change is based on unless {@code If-Match} carries it.
 */
public record ReviseEnterpriseRequest(
        @Schema(description = "The enterprise's credit code, optional; it cannot be changed (400 if it differs)",
                example = "91321302MA1XYK004T") String creditCode,
        @Schema(example = "宿迁市宿城区恒安化工有限公司") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Town or street (镇/街道/园区)", example = "耿车镇") @NotBlank @Size(max = 50) String town,
        @Schema(description = "Village or community (村/社区)") @Size(max = 50) String village,
        @Schema(description = "Grid (网格)") @Size(max = 50) String grid,
        @Size(max = 200) String address,
        @Schema(example = "33.96") @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @Schema(example = "118.28") @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull IndustryArea industryArea,
        @Schema(description = "The version this change is based on; instead of, or equal to, If-Match", example = "3")
        @PositiveOrZero Long version) {

    @Schema(hidden = true)
    @AssertTrue(message = "latitude and longitude are given together or not at all")
    public boolean isCoordinates() {
        return (latitude == null) == (longitude == null);
    }

    EnterpriseRevision toRevision() {
        return new EnterpriseRevision(creditCode, name.trim(),
                new Place(town, village, grid, address, latitude, longitude), industryArea);
    }
}
