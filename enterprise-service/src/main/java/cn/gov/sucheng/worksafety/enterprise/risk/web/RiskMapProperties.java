package cn.gov.sucheng.worksafety.enterprise.risk.web;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskMapEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The properties of one enterprise on the risk map. Always written in full, so a map client finds
 * {@code riskColour: null} for an enterprise never assessed instead of a missing member.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@NullMarked
record RiskMapProperties(UUID id, String name, String creditCode, String town, IndustryArea industryArea,
        @Schema(nullable = true, description = "null when the enterprise was never assessed")
        @Nullable RiskColour riskColour) {

    static GeoJson.Feature<RiskMapProperties> featureOf(RiskMapEntry e) {
        return GeoJson.Feature.of(e.id(), GeoJson.Point.at(e.longitude(), e.latitude()), new RiskMapProperties(e.id(),
                e.name(), e.creditCode(), e.town(), e.industryArea(), e.riskColour()));
    }
}
