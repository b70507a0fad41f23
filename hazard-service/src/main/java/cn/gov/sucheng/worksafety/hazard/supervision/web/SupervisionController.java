package cn.gov.sucheng.worksafety.hazard.supervision.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.supervision.application.SupervisionAdministration;
import cn.gov.sucheng.worksafety.hazard.supervision.model.Supervision;
import cn.gov.sucheng.worksafety.hazard.supervision.model.SupervisionAction;
import cn.gov.sucheng.worksafety.hazard.supervision.model.SupervisionStatus;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

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
@Tag(name = "Major-hazard supervision", description = "Listed supervision of major hazards (重大事故隐患挂牌督办): "
        + "treatment plan, application for acceptance, on-site acceptance, effect evaluation, delisting (核销)")
class SupervisionController {

    private static final String IF_MATCH = "the ETag of a read; or send the version in the body";
    private static final String ACTION = "409 names the current state and the allowed actions when the state does not "
            + "allow it; 412 (If-Match) or 409 (version) when the supervision changed since.";

    private final SupervisionAdministration administration;
    private final Actors actors;

    SupervisionController(SupervisionAdministration administration, Actors actors) {
        this.administration = administration;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping("/{hazardId}/supervision")
    @Operation(operationId = "listHazardForSupervision",
            summary = "List an open major hazard for supervision with its treatment plan",
            description = "The hazard cannot be closed out until the supervision is delisted. 409 when the hazard is "
                    + "not major, is closed, or is listed already, or when it changed since the version given; 404 "
                    + "when unknown.")
    ResponseEntity<SupervisionView> list(
            @Parameter(description = "The hazard to list: open, major and not listed yet (409 otherwise); 404 when "
                    + "unknown or outside the caller's town") @PathVariable UUID hazardId,
            @Parameter(description = "the hazard's ETag; or send its version in the body")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ListForSupervisionRequest request) {
        Supervision s = administration.list(hazardId,
                VersionPreconditions.basedOn(VersionPreconditions.ifMatch(ifMatch), request.version()),
                request.supervisingBody().trim(), request.toPlan(), actors.of(request));
        return ResponseEntity.created(URI.create("/api/v1/hazards/supervisions/" + s.id()))
                .eTag(VersionPreconditions.etag(s.version())).body(view(s));
    }

    @GetMapping("/supervisions")
    @Operation(operationId = "listSupervisions",
            summary = "Listed supervisions, newest first; an enterprise's supervised list with enterpriseId")
    Page<SupervisionView> find(
            @Parameter(description = "Only supervisions of this enterprise's hazards; all when absent")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "Only supervisions at this stage: LISTED (挂牌), ACCEPTANCE_APPLIED, ACCEPTED, "
                    + "EVALUATED (整改效果评价) or DELISTED (核销); all when absent")
            @RequestParam(required = false) SupervisionStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LocalDate today = administration.today();
        return administration.find(enterpriseId, status, PageRequest.of(page, size))
                .map(s -> SupervisionView.of(s, today));
    }

    @AnswersVersionETag
    @GetMapping("/supervisions/{id}")
    @Operation(operationId = "getSupervision",
            summary = "One supervision with its plan, dates and the actions allowed now")
    ResponseEntity<SupervisionView> get(@PathVariable UUID id) {
        return withETag(administration.get(id));
    }

    @GetMapping("/supervisions/{id}/history")
    @Operation(operationId = "getSupervisionHistory", summary = "A supervision's history, oldest first")
    Page<SupervisionEventView> history(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return administration.history(id, PageRequest.of(page, size)).map(e -> new SupervisionEventView(e.action(),
                e.toStatus(), e.actor(), e.note(), e.occurredAt()));
    }

    @AnswersVersionETag
    @PostMapping("/supervisions/{id}/apply-for-acceptance")
    @Operation(operationId = "applyForAcceptance",
            summary = "The enterprise applies for acceptance; on-site acceptance is due within 10 days",
            description = ACTION)
    ResponseEntity<SupervisionView> apply(@PathVariable UUID id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @Valid @RequestBody SupervisionActionRequest request) {
        return withETag(administration.applyForAcceptance(id, basedOn(ifMatch, request), request.appliedOn(),
                actors.of(request), request.note()));
    }

    @AnswersVersionETag
    @PostMapping("/supervisions/{id}/accept")
    @Operation(operationId = "acceptSupervision",
            summary = "Record the on-site acceptance: passed, or failed back to listed (with a note)",
            description = ACTION)
    ResponseEntity<SupervisionView> accept(@PathVariable UUID id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @Valid @RequestBody SupervisionActionRequest request) {
        if (request.passed() == null) {
            throw new InvalidException("passed", "passed is required: whether the on-site acceptance passed");
        }
        return withETag(administration.accept(id, basedOn(ifMatch, request), request.passed(), actors.of(request),
                request.note()));
    }

    @AnswersVersionETag
    @PostMapping("/supervisions/{id}/evaluate")
    @Operation(operationId = "evaluateSupervision",
            summary = "Record the effect evaluation (整改效果评价)", description = ACTION)
    ResponseEntity<SupervisionView> evaluate(@PathVariable UUID id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @Valid @RequestBody SupervisionActionRequest request) {
        return withETag(administration.evaluate(id, basedOn(ifMatch, request), request.evaluation(),
                actors.of(request)));
    }

    @AnswersVersionETag
    @PostMapping("/supervisions/{id}/delist")
    @Operation(operationId = "delistSupervision",
            summary = "Delist (核销); the hazard may then be verified and closed out", description = ACTION)
    ResponseEntity<SupervisionView> delist(@PathVariable UUID id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @Valid @RequestBody SupervisionActionRequest request) {
        return withETag(administration.delist(id, basedOn(ifMatch, request), actors.of(request), request.note()));
    }

    /** One entry of a supervision's history. */
    @NullMarked
    record SupervisionEventView(SupervisionAction action, SupervisionStatus toStatus, String actor,
            @Nullable String note, OffsetDateTime occurredAt) {
    }

    private SupervisionView view(Supervision s) {
        return SupervisionView.of(s, administration.today());
    }

    private static long basedOn(String ifMatch, SupervisionActionRequest request) {
        return VersionPreconditions.basedOn(VersionPreconditions.ifMatch(ifMatch), request.version());
    }

    private ResponseEntity<SupervisionView> withETag(Supervision s) {
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(s.version())).body(view(s));
    }
}
