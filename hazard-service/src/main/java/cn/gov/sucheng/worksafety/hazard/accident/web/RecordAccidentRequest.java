package cn.gov.sucheng.worksafety.hazard.accident.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryAreaCodes;
import cn.gov.sucheng.worksafety.hazard.accident.model.AccidentKind;
import cn.gov.sucheng.worksafety.hazard.accident.model.NewAccident;
import cn.gov.sucheng.worksafety.platform.domain.Texts;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/accidents}. */
public record RecordAccidentRequest(
        @NotNull AccidentKind kind,
        @NotNull OffsetDateTime occurredAt,
        @Schema(description = "When the unit reported it; now when absent") OffsetDateTime reportedAt,
        @Schema(description = "The registered enterprise, if any (none for a road accident)") UUID enterpriseId,
        @Schema(description = "Town or street (镇/街道) where it happened, when no enterprise is named (the "
                + "enterprise's town otherwise); a town-level client's own town when absent, and only that",
                example = "耿车镇") @Size(max = 50) String town,
        @Schema(example = "CONSTRUCTION") @NotNull
        @Pattern(regexp = IndustryAreaCodes.PATTERN, message = IndustryAreaCodes.NOT_AN_AREA)
        String industryArea,
        @Schema(example = "耿车镇某工地") @NotBlank @Size(max = 200) String place,
        @Schema(example = "脚手架坍塌") @NotBlank @Size(max = 2000) String description,
        @NotNull @Min(0) @Max(10_000) Integer deaths,
        @NotNull @Min(0) @Max(10_000) Integer injuries,
        @Schema(description = "Direct economic loss in CNY") @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        BigDecimal directLossCny,
        @Schema(description = "Found to have been concealed or falsely reported (瞒报/谎报)") Boolean concealed,
        @Schema(description = "The sender's id: recording it again answers the first record")
        @Size(max = 100) String sourceRef) {

    NewAccident toNewAccident(OffsetDateTime now) {
        return new NewAccident(kind, occurredAt, reportedAt != null ? reportedAt : now, enterpriseId,
                Texts.given(town), industryArea, place.trim(), description.trim(), deaths, injuries, directLossCny,
                Boolean.TRUE.equals(concealed), Texts.given(sourceRef));
    }
}
