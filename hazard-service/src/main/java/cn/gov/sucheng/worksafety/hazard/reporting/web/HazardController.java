package cn.gov.sucheng.worksafety.hazard.reporting.web;

import java.net.URI;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.reporting.application.HazardReporting;
import cn.gov.sucheng.worksafety.hazard.reporting.model.Hazard;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/hazards")
@Tag(name = "Hazards", description = "Hazards (事故隐患) and their closed-loop rectification")
class HazardController {

    private final HazardReporting reporting;
    private final Actors actors;

    HazardController(HazardReporting reporting, Actors actors) {
        this.reporting = reporting;
        this.actors = actors;
    }

    @PostMapping
    @Operation(summary = "Report a hazard",
            description = "400 when a field is invalid; 422 when the enterprise is not registered; 503 when the "
                    + "enterprise registry cannot be asked (the hazard is then not stored).")
    ResponseEntity<HazardView> report(@Valid @RequestBody ReportHazardRequest request) {
        Hazard hazard = reporting.report(request.toReport(actors.ifStated(request).orElse(null)));
        return ResponseEntity.created(URI.create("/api/v1/hazards/" + hazard.id()))
                .eTag(VersionPreconditions.etag(hazard.version()))
                .body(HazardView.of(hazard));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One hazard by id")
    ResponseEntity<HazardView> get(@PathVariable UUID id) {
        Hazard hazard = reporting.get(id);
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(hazard.version())).body(HazardView.of(hazard));
    }
}
