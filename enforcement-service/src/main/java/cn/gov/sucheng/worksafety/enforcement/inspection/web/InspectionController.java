package cn.gov.sucheng.worksafety.enforcement.inspection.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.inspection.application.InspectionFilter;
import cn.gov.sucheng.worksafety.enforcement.inspection.application.InspectionRecording;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.Inspection;
import cn.gov.sucheng.worksafety.enforcement.inspection.model.InspectionMode;
import cn.gov.sucheng.worksafety.enforcement.trail.model.TrailEntry;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections", description = "Inspection records (现场检查记录) with findings and the inspection report")
class InspectionController {

    private final InspectionRecording recording;
    private final Actors actors;

    InspectionController(InspectionRecording recording, Actors actors) {
        this.recording = recording;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "recordInspection", summary = "Record an inspection",
            description = "Each finding becomes a hazard in hazard-service and the report becomes searchable, both "
                    + "delivered after the commit (also while those systems are down: they catch up). 400 for a bad "
                    + "field (fewer than two officers, end before start), 422 when the enterprise is not registered "
                    + "(or, for a town-level client, is another town's), 503 when the registry cannot be asked.")
    ResponseEntity<InspectionView> record(@Valid @RequestBody RecordInspectionRequest request) {
        Inspection inspection = recording.record(request.toNewInspection(actors.of(request)));
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + inspection.id()))
                .eTag(VersionPreconditions.etag(inspection.version()))
                .body(InspectionView.of(inspection));
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getInspection", summary = "One inspection by id", description = "404 when there is none.")
    ResponseEntity<InspectionView> get(@PathVariable UUID id) {
        Inspection inspection = recording.get(id);
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(inspection.version()))
                .body(InspectionView.of(inspection));
    }

    @GetMapping("/{id}/trail")
    @Operation(operationId = "getInspectionTrail", summary = "The enforcement trail of one inspection",
            description = "Oldest first; each entry carries its hashes, so anyone can recompute the chain. 404 for an "
                    + "unknown inspection or another town's.")
    List<TrailEntry> trail(@PathVariable UUID id) {
        return recording.trail(id);
    }

    @GetMapping
    @Operation(operationId = "listInspections",
            summary = "List inspections", description = "Newest first; every filter is optional; dates inclusive.")
    Page<InspectionView> list(@Parameter(description = "Only inspections of this enterprise")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "Only inspections of this mode (检查方式), e.g. RANDOM (双随机) or UNANNOUNCED "
                    + "(四不两直)")
            @RequestParam(required = false) InspectionMode mode,
            @Parameter(description = "Only inspections of enterprises in this town or street (镇/街道), as recorded "
                    + "when inspected (blank: any); a town-level caller sees its own town's only in any case",
                    example = "耿车镇")
            @RequestParam(required = false) String town,
            @Parameter(description = "Only inspections started on or after this day (inclusive; days in UTC+8, the "
                    + "district's time zone)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Only inspections started on or before this day (inclusive; days in UTC+8); "
                    + "a to before from gives an empty page")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return recording.list(new InspectionFilter(enterpriseId, mode, town, from, to), PageRequest.of(page, size))
                .map(InspectionView::of);
    }
}
