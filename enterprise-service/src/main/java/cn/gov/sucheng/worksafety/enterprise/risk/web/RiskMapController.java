package cn.gov.sucheng.worksafety.enterprise.risk.web;

import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.risk.application.RiskColourRegister;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskMapFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Risk map", description = "Enterprises with coordinates and their risk colour, as GeoJSON")
class RiskMapController {

    private final RiskColourRegister register;

    RiskMapController(RiskColourRegister register) {
        this.register = register;
    }

    /**
     * Not paged: a map shows every point at once (709 enterprises in the district). GeoJSON's own media type unless
     * the client accepts only plain JSON (the same body either way).
     */
    @GetMapping(value = "/api/v1/risk-map", produces = { GeoJson.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
    @Operation(operationId = "getRiskMap", summary = "The risk map (GeoJSON FeatureCollection, RFC 7946)",
            description = "One Point feature per live enterprise with coordinates, [longitude, latitude]; properties "
                    + "id, name, creditCode, town, industryArea, riskColour (null when never assessed). Filterable by "
                    + "town, industryArea and riskColour. Content type application/geo+json, or application/json "
                    + "for a client that accepts only that.")
    GeoJson.FeatureCollection<RiskMapProperties> riskMap(
            @Parameter(description = "only enterprises of this town or street (镇/街道/园区), exact match after trimming; "
                    + "a town-level caller sees its own town only, whatever this says", example = "耿车镇")
            @RequestParam(required = false) @Size(max = 50) String town,
            @Parameter(description = "only enterprises of this industry area")
            @RequestParam(required = false) IndustryArea industryArea,
            @Parameter(description = "only enterprises whose current four-colour risk level (安全风险四色分级) is this: "
                    + "RED 重大, ORANGE 较大, YELLOW 一般, BLUE 低; enterprises never assessed show only when absent")
            @RequestParam(required = false) RiskColour riskColour) {
        var features = register.riskMap(new RiskMapFilter(town, industryArea, riskColour)).stream()
                .map(RiskMapProperties::featureOf).toList();
        return GeoJson.FeatureCollection.of(features);
    }
}
