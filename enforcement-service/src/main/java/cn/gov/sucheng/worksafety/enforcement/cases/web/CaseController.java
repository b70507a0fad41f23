package cn.gov.sucheng.worksafety.enforcement.cases.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.application.CaseRegister;
import cn.gov.sucheng.worksafety.enforcement.cases.model.CaseAction;
import cn.gov.sucheng.worksafety.enforcement.cases.model.CaseState;
import cn.gov.sucheng.worksafety.enforcement.cases.model.Circumstance;
import cn.gov.sucheng.worksafety.enforcement.cases.model.DiscretionBaseline;
import cn.gov.sucheng.worksafety.enforcement.cases.model.DiscretionCalculation;
import cn.gov.sucheng.worksafety.enforcement.cases.model.EnforcementCase;
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

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases", description = "Penalty cases (行政处罚案件), their lifecycle, documents and discretion (自由裁量)")
class CaseController {

    private static final String ACTION_DOC = "Returns the case in its new state; 409 naming the current state and the "
            + "allowed actions when the state does not allow it, 412 when If-Match is given and the case changed "
            + "since, 404 when there is none.";
    private static final String IF_MATCH = "optional: the ETag of a read; 412 when the case changed since. "
            + "Without it the action applies to the case as it is now.";

    private final CaseRegister register;
    private final Actors actors;

    CaseController(CaseRegister register, Actors actors) {
        this.register = register;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping("/api/v1/cases")
    @Operation(operationId = "fileCase", summary = "File a case (立案)", description = "Filed today unless filedOn says "
            + "otherwise; the deadline follows the configured time limit from that day. 400 for a bad field (an "
            + "unknown violation type, a filing date in the future), 422 when the enterprise is not registered (or, "
            + "for a town-level client, is another town's) or the inspectionId names no inspection of that "
            + "enterprise the client may see.")
    ResponseEntity<CaseView> file(@Valid @RequestBody FileCaseRequest request) {
        EnforcementCase c = register.file(request.enterpriseId(), request.inspectionId(), request.violationType(),
                request.major(), request.summary(), request.filedOn(), actors.of(request));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id())).eTag(VersionPreconditions.etag(c.version()))
                .body(CaseView.of(c, List.of()));
    }

    @AnswersVersionETag
    @GetMapping("/api/v1/cases/{id}")
    @Operation(operationId = "getCase", summary = "One case by id", description = "404 when there is none.")
    ResponseEntity<CaseView> get(@PathVariable UUID id) {
        return withETag(register.get(id));
    }

    @GetMapping("/api/v1/cases")
    @Operation(operationId = "listCases",
            summary = "List cases", description = "Newest filing first; with nearLimit=true only open cases due "
            + "within the configured days (overdue included), soonest deadline first.")
    Page<CaseView> list(@Parameter(description = "Only cases against this enterprise")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "Only cases now in this state, e.g. FILED (立案), NOTIFIED (告知), DECIDED "
                    + "(作出决定) or CLOSED (结案); with nearLimit=true, CLOSED and TRANSFERRED (移送) give none")
            @RequestParam(required = false) CaseState state,
            @Parameter(description = "Only open cases close to (or past) their time limit")
            @RequestParam(required = false) Boolean nearLimit,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return register.list(enterpriseId, state, Boolean.TRUE.equals(nearLimit), PageRequest.of(page, size))
                .map(c -> CaseView.of(c, register.documents(c.id())));
    }

    @AnswersVersionETag
    @PostMapping("/api/v1/cases/{id}/investigate")
    @Operation(operationId = "investigateCase", summary = "Investigation done (调查取证)", description = ACTION_DOC)
    ResponseEntity<CaseView> investigate(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseActionRequest request) {
        return act(id, CaseAction.INVESTIGATE, ifMatch, request);
    }

    @AnswersVersionETag
    @PostMapping("/api/v1/cases/{id}/notify")
    @Operation(operationId = "notifyCaseParty",
            summary = "Notify the intended penalty (告知)", description = "Issues the numbered penalty notice. " + ACTION_DOC)
    ResponseEntity<CaseView> notifyParty(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseActionRequest request) {
        return act(id, CaseAction.NOTIFY, ifMatch, request);
    }

    @AnswersVersionETag
    @PostMapping("/api/v1/cases/{id}/review")
    @Operation(operationId = "reviewCase", summary = "Legal review passed (法制审核)", description = ACTION_DOC)
    ResponseEntity<CaseView> review(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseActionRequest request) {
        return act(id, CaseAction.REVIEW, ifMatch, request);
    }

    @AnswersVersionETag
    @PostMapping("/api/v1/cases/{id}/discuss")
    @Operation(operationId = "discussCase",
            summary = "Collective discussion held (集体讨论, major cases)", description = ACTION_DOC)
    ResponseEntity<CaseView> discuss(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseActionRequest request) {
        return act(id, CaseAction.DISCUSS, ifMatch, request);
    }

    @AnswersVersionETag
    @PostMapping("/api/v1/cases/{id}/decide")
    @Operation(operationId = "decideCase",
            summary = "Decide (作出处罚决定)", description = "Issues the numbered penalty decision; a credit outcome "
            + "is sent to enterprise-service. " + ACTION_DOC)
    ResponseEntity<CaseView> decide(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseActionRequest request) {
        return act(id, CaseAction.DECIDE, ifMatch, request);
    }

    @AnswersVersionETag
    @PostMapping("/api/v1/cases/{id}/execute")
    @Operation(operationId = "executeCase", summary = "Executed (执行: paid or enforced)", description = ACTION_DOC)
    ResponseEntity<CaseView> execute(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseActionRequest request) {
        return act(id, CaseAction.EXECUTE, ifMatch, request);
    }

    @AnswersVersionETag
    @PostMapping("/api/v1/cases/{id}/close")
    @Operation(operationId = "closeCase", summary = "Close (结案)", description = ACTION_DOC)
    ResponseEntity<CaseView> close(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseActionRequest request) {
        return act(id, CaseAction.CLOSE, ifMatch, request);
    }

    @AnswersVersionETag
    @PostMapping("/api/v1/cases/{id}/transfer")
    @Operation(operationId = "transferCase", summary = "Transfer to criminal justice (移送)", description = ACTION_DOC)
    ResponseEntity<CaseView> transfer(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseActionRequest request) {
        return act(id, CaseAction.TRANSFER, ifMatch, request);
    }

    @AnswersVersionETag
    @PostMapping("/api/v1/cases/{id}/extend")
    @Operation(operationId = "extendCase", summary = "Extend the time limit once (延期)", description = ACTION_DOC)
    ResponseEntity<CaseView> extend(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseActionRequest request) {
        return act(id, CaseAction.EXTEND, ifMatch, request);
    }

    @PostMapping("/api/v1/cases/{id}/fine-calculation")
    @Operation(operationId = "calculateFine", summary = "Calculate the fine by the discretion baseline",
            description = "From the baseline of the case's violation type, the band and the circumstances: the fine "
                    + "and each step of the arithmetic. Changes nothing.")
    DiscretionCalculation.Result calculate(@PathVariable UUID id, @Valid @RequestBody FineCalculationRequest request) {
        List<Circumstance> circumstances = request.circumstances() == null ? List.of()
                : request.circumstances().stream().map(c -> new Circumstance(c.aggravating(), c.description().trim())).toList();
        return register.calculateFine(id, request.band(), circumstances);
    }

    @GetMapping("/api/v1/cases/{id}/trail")
    @Operation(operationId = "getCaseTrail", summary = "The enforcement trail of one case",
            description = "Oldest first; each entry carries its hash. 404 for an unknown case or another town's.")
    List<TrailEntry> trail(@PathVariable UUID id) {
        return register.trail(id);
    }

    @GetMapping("/api/v1/discretion-baselines")
    @Operation(operationId = "listDiscretionBaselines",
            summary = "The discretion baselines (裁量权基准)", description = "Per violation type: legal basis and the fine range of each band.")
    List<DiscretionBaseline> baselines() {
        return register.baselines();
    }

    private ResponseEntity<CaseView> act(UUID id, CaseAction action, String ifMatch, CaseActionRequest request) {
        EnforcementCase c = register.take(id, action, VersionPreconditions.ifMatch(ifMatch), request.fine(),
                request.creditOutcome() == null ? null : request.creditOutcome().toOutcome(), request.note(),
                request.on(), actors.of(request));
        return withETag(c);
    }

    private ResponseEntity<CaseView> withETag(EnforcementCase c) {
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(c.version())).body(CaseView.of(c, register.documents(c.id())));
    }
}
