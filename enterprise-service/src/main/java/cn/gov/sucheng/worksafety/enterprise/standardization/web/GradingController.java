package cn.gov.sucheng.worksafety.enterprise.standardization.web;

import java.net.URI;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.standardization.application.GradingFilter;
import cn.gov.sucheng.worksafety.enterprise.standardization.application.Standardization;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.Grade;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingAsOf;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingState;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
@RequestMapping("/api/v1/standardization-gradings")
@Tag(name = "Standardization gradings", description = "Safety standardization grades (安全生产标准化, GB/T 33000-2016)")
class GradingController {

    private static final String IF_MATCH = "optional: the ETag of a read; 412 when the grading changed since. "
            + "Without it the action applies to the grading as it is now.";

    private final Standardization standardization;
    private final Actors actors;

    GradingController(Standardization standardization, Actors actors) {
        this.standardization = standardization;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "awardGrading", summary = "Award a grading",
            description = "Supersedes the enterprise's current grading. 400 when a field is invalid (all eight element "
                    + "scores are required), 422 when the enterprise does not exist, 409 when the enterprise's current "
                    + "grading was awarded after this one.")
    ResponseEntity<GradingView> award(@Valid @RequestBody AwardGradingRequest request) {
        GradingAsOf awarded = standardization.award(request.toNewGrading());
        return ResponseEntity.created(URI.create("/api/v1/standardization-gradings/" + awarded.grading().id()))
                .eTag(VersionPreconditions.etag(awarded.grading().version()))
                .body(GradingView.of(awarded));
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getGrading",
            summary = "One grading with its history", description = "404 when no grading has this id.")
    ResponseEntity<GradingView> get(@PathVariable UUID id) {
        return withETag(standardization.get(id));
    }

    @GetMapping
    @Operation(operationId = "listGradings", summary = "Gradings, most recently awarded first",
            description = "Filterable by enterprise, current grade and state (judged today).")
    Page<GradingView> list(
            @Parameter(description = "only this enterprise's gradings, superseded and withdrawn ones included unless "
                    + "state narrows")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "only gradings whose current grade (after any downgrade, 降级) is this, from 1 "
                    + "(一级, the highest) to 3 (三级), in whatever state unless state narrows")
            @RequestParam(required = false) @Min(1) @Max(3) Integer grade,
            @Parameter(description = "state today: VALID in force at the grade awarded, DOWNGRADED in force at a "
                    + "lower grade, EXPIRED past its last valid day (validUntil) and not replaced, WITHDRAWN (撤销), "
                    + "SUPERSEDED by a later award to the same enterprise; all states when absent")
            @RequestParam(required = false) GradingState state,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        GradingFilter filter = new GradingFilter(enterpriseId, grade == null ? null : Grade.of(grade), state);
        return standardization.list(filter, PageRequest.of(page, size)).map(GradingView::of);
    }

    @AnswersVersionETag
    @PostMapping("/{id}/downgrade")
    @Operation(operationId = "downgradeGrading", summary = "Downgrade a grading (降级)",
            description = "409 unless the grading is in force and the new grade is lower than the current one; 412 "
                    + "when If-Match is given and the grading changed since.")
    ResponseEntity<GradingView> downgrade(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody DowngradeRequest request) {
        return withETag(standardization.downgrade(id, VersionPreconditions.ifMatch(ifMatch),
                Grade.of(request.toGrade()), request.reason().trim(), actors.of(request)));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/withdraw")
    @Operation(operationId = "withdrawGrading",
            summary = "Withdraw a grading (撤销); final", description = "409 unless the grading is in force; 412 "
            + "when If-Match is given and the grading changed since.")
    ResponseEntity<GradingView> withdraw(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody WithdrawRequest request) {
        return withETag(standardization.withdraw(id, VersionPreconditions.ifMatch(ifMatch), request.reason().trim(),
                actors.of(request)));
    }

    private static ResponseEntity<GradingView> withETag(GradingAsOf grading) {
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(grading.grading().version()))
                .body(GradingView.of(grading));
    }
}
