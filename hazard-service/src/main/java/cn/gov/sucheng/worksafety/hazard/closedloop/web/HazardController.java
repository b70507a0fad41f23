package cn.gov.sucheng.worksafety.hazard.closedloop.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryAreaCodes;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardFigures;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardPage;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardQuery;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardRectification;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardRectification.ImportOutcome;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.OverdueCount;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.OverdueGrouping;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.StatisticsGrouping;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSource;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardStatus;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.NullMarked;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/hazards")
@Tag(name = "Hazards", description = "Hazards (事故隐患) and their closed loop (闭环): report, confirm, rectify, "
        + "verify and close out (销号)")
class HazardController {

    private static final String IF_MATCH = "the ETag of a read; or send the version in the body. 412 (If-Match) or "
            + "409 (version) when the hazard changed since.";
    private static final String ACTION = " 409 names the current state and the allowed actions when the state does "
            + "not allow it; 400 names the field when the version, actor or evidence is missing.";

    private final HazardRectification rectification;
    private final Actors actors;

    HazardController(HazardRectification rectification, Actors actors) {
        this.rectification = rectification;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "reportHazard", summary = "Report a hazard",
            description = "From any source (self-inspection, grid worker, inspection finding, public tip, monitoring). "
                    + "400 when a field is invalid; 422 when the enterprise is not registered; 503 when the "
                    + "enterprise registry cannot be asked (the hazard is then not stored).")
    ResponseEntity<HazardView> report(@Valid @RequestBody ReportHazardRequest request) {
        Hazard hazard = rectification.report(request.toReport(actors.ifStated(request).orElse(null)));
        return ResponseEntity.created(URI.create("/api/v1/hazards/" + hazard.id()))
                .eTag(VersionPreconditions.etag(hazard.version()))
                .body(HazardView.of(hazard));
    }

    @PostMapping("/imports")
    @Operation(operationId = "importHazards",
            summary = "Import up to 1,000 hazards another system holds, all or nothing",
            description = "Each record keeps the state it has in the sending system; its sourceRef makes the import "
                    + "repeatable: records already imported are skipped (added counts the new ones). 400 names the "
                    + "record and field (hazards[3].foundAt); 422 when an enterprise is not registered; nothing is "
                    + "stored then. Idempotency-Key is honoured as on every POST.")
    ImportOutcome importHazards(@Valid @RequestBody ImportHazardsRequest request) {
        return rectification.importAll(request.hazards().stream().map(ImportHazardsRequest.ImportedHazard::toImport)
                .toList(), actors.of(request));
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getHazard",
            summary = "One hazard by id, with the actions its state allows", description = "404 when unknown.")
    ResponseEntity<HazardView> get(@PathVariable UUID id) {
        return withETag(rectification.get(id));
    }

    @GetMapping
    @Operation(operationId = "listHazards", summary = "Hazards, newest found first",
            description = "Filters combine. The total is exact up to 10,000 matches; beyond, total is 10,000 and "
                    + "totalCapped is true, and pages reach the first 10,000 matches only (narrow the filters).")
    HazardPage<HazardView> list(
            @Parameter(description = "Only this enterprise's hazards") @RequestParam(required = false)
            UUID enterpriseId,
            @Parameter(description = "Town or street (镇/街道)") @RequestParam(required = false) String town,
            @Parameter(description = "Industry area of the plan, e.g. HAZARDOUS_CHEMICALS; 400 for a code that names "
                    + "none") @RequestParam(required = false)
            @Pattern(regexp = IndustryAreaCodes.PATTERN, message = IndustryAreaCodes.NOT_AN_AREA) String industryArea,
            @Parameter(description = "Only hazards of enterprises this department supervises, exact name as the "
                    + "registry gave it when the hazard was reported", example = "区应急管理局")
            @RequestParam(required = false) String supervisingDepartment,
            @Parameter(description = "Only hazards of this grade: GENERAL (一般) or MAJOR (重大)")
            @RequestParam(required = false) HazardGrade grade,
            @Parameter(description = "Only hazards in this state of the closed loop (CLOSED: closed out, 销号)")
            @RequestParam(required = false) HazardStatus status,
            @Parameter(description = "Only hazards from this source: SELF_INSPECTION (企业自查), GRID_WORKER (网格员), "
                    + "INSPECTION_FINDING (an enforcement inspection), PUBLIC_TIP (随手拍 / 举报) or MONITORING_ALERT")
            @RequestParam(required = false) HazardSource source,
            @Parameter(description = "true: only open hazards marked overdue (past their deadline day, escalated to "
                    + "the district); false: only those not so marked, closed ones included; both when absent")
            @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "Found on or after this day") @RequestParam(required = false) LocalDate foundFrom,
            @Parameter(description = "Found on or before this day") @RequestParam(required = false) LocalDate foundTo,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return rectification.find(new HazardQuery(enterpriseId, town, industryArea, supervisingDepartment, grade,
                status, source, overdue, foundFrom, foundTo), PageRequest.of(page, size)).map(HazardView::of);
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "getHazardHistory",
            summary = "A hazard's history, oldest first: who did what, when, why, with what evidence",
            description = "404 when unknown.")
    Page<HazardEventView> history(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return rectification.history(id, PageRequest.of(page, size)).map(HazardEventView::of);
    }

    @AnswersVersionETag
    @PostMapping("/{id}/confirm")
    @Operation(operationId = "confirmHazard",
            summary = "Confirm a reported hazard: grade, handling, deadline and assignee",
            description = "A deadline is required when fixed by a deadline and must not be in the past; a major hazard "
                    + "cannot be fixed on the spot." + ACTION)
    ResponseEntity<HazardView> confirm(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ConfirmHazardRequest request) {
        return withETag(rectification.confirm(id, basedOn(ifMatch, request.version()), request.toConfirmation(),
                actors.of(request), request.reason()));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/start-rectification")
    @Operation(operationId = "startRectification",
            summary = "Start the rectification (整改) of a confirmed hazard", description = ACTION)
    ResponseEntity<HazardView> start(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody HazardActionRequest request) {
        return withETag(rectification.startRectification(id, basedOn(ifMatch, request.version()), actors.of(request),
                request.reasonOrNull()));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/submit-fix")
    @Operation(operationId = "submitHazardFix",
            summary = "Submit the fix with evidence, for verification", description = ACTION)
    ResponseEntity<HazardView> submitFix(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody HazardActionRequest request) {
        return withETag(rectification.submitFix(id, basedOn(ifMatch, request.version()), request.evidence(),
                actors.of(request), request.reasonOrNull()));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/verify")
    @Operation(operationId = "verifyHazardFix", summary = "Verify the fix and close the hazard out (销号)",
            description = "A major hazard listed for supervision is closed only after it is delisted." + ACTION)
    ResponseEntity<HazardView> verify(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody HazardActionRequest request) {
        return withETag(rectification.verify(id, basedOn(ifMatch, request.version()), actors.of(request),
                request.reasonOrNull()));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/reject")
    @Operation(operationId = "rejectHazardFix",
            summary = "Reject the fix: back to rectifying, with the reason", description = ACTION)
    ResponseEntity<HazardView> reject(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody HazardActionRequest request) {
        return withETag(rectification.reject(id, basedOn(ifMatch, request.version()), actors.of(request),
                request.reasonOrNull()));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/fix-on-the-spot")
    @Operation(operationId = "fixHazardOnTheSpot",
            summary = "Fix a general hazard on the spot (即查即改) and close it in one step, with evidence",
            description = ACTION)
    ResponseEntity<HazardView> fixOnTheSpot(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody HazardActionRequest request) {
        return withETag(rectification.fixOnTheSpot(id, basedOn(ifMatch, request.version()), request.evidence(),
                actors.of(request), request.reasonOrNull()));
    }

    @GetMapping("/overdue-counts")
    @Operation(operationId = "countOverdueHazards",
            summary = "Open overdue hazards counted per town or per supervising department",
            description = "With the major ones and those escalated to the district.")
    List<OverdueCount> overdueCounts(
            @Parameter(description = "TOWN: one row per town (镇/街道; key empty when the hazard has none); "
                    + "DEPARTMENT: one row per supervising department")
            @RequestParam(defaultValue = "TOWN") OverdueGrouping by) {
        return rectification.overdueCounts(by);
    }

    @GetMapping("/statistics")
    @Operation(operationId = "getHazardStatistics",
            summary = "Hazard statistics of a year or a quarter per enterprise, town or industry",
            description = "Hazards found in the period: found, fixed (closed out), overdue now, major, fix rate.")
    List<HazardFiguresView> statistics(
            @Parameter(description = "What a row counts: ENTERPRISE (key the enterprise id), TOWN (key the town, "
                    + "empty when none), INDUSTRY (key the industry area, OTHER when none) or ALL (one row; none when "
                    + "nothing was found)")
            @RequestParam(defaultValue = "TOWN") StatisticsGrouping by,
            @Parameter(description = "Hazards found in this calendar year (China time), or in its quarter when "
                    + "quarter is given", example = "2020") @RequestParam @Min(2000) @Max(2100) int year,
            @Parameter(description = "1 to 4; the whole year when absent") @RequestParam(required = false)
            @Min(1) @Max(4) Integer quarter,
            @Parameter(description = "Only this enterprise's hazards; all when absent") @RequestParam(required = false)
            UUID enterpriseId) {
        return rectification.statistics(by, year, quarter, enterpriseId).stream().map(HazardFiguresView::of).toList();
    }

    /** Hazard figures of one enterprise, town or industry. */
    @NullMarked
    record HazardFiguresView(String key, String name, long found, long fixed, long overdue, long major,
            double fixRate) {

        static HazardFiguresView of(HazardFigures f) {
            return new HazardFiguresView(f.key(), f.name(), f.found(), f.fixed(), f.overdue(), f.major(), f.fixRate());
        }
    }

    private static long basedOn(String ifMatch, Long version) {
        return VersionPreconditions.basedOn(VersionPreconditions.ifMatch(ifMatch), version);
    }

    private static ResponseEntity<HazardView> withETag(Hazard hazard) {
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(hazard.version())).body(HazardView.of(hazard));
    }
}
