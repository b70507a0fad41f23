package cn.gov.sucheng.worksafety.enterprise.emergencyplan.web;

import java.net.URI;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.emergencyplan.application.EmergencyPlanFiling;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.application.PlanFilter;
import cn.gov.sucheng.worksafety.enterprise.emergencyplan.model.EmergencyPlan;
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
@RequestMapping("/api/v1/emergency-plans")
@Tag(name = "Emergency plans", description = "Emergency-plan filings (应急预案备案) and their reviews")
class EmergencyPlanController {

    private final EmergencyPlanFiling filing;
    private final Actors actors;

    EmergencyPlanController(EmergencyPlanFiling filing, Actors actors) {
        this.filing = filing;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "fileEmergencyPlan", summary = "File a plan",
            description = "400 when a field is invalid (reviewDueOn not after filedOn included), 422 when the "
                    + "enterprise does not exist, 409 when the filing number is already used.")
    ResponseEntity<PlanView> file(@Valid @RequestBody FilePlanRequest request) {
        EmergencyPlan plan = filing.file(request.toNewPlan());
        return ResponseEntity.created(URI.create("/api/v1/emergency-plans/" + plan.id()))
                .eTag(VersionPreconditions.etag(plan.version()))
                .body(PlanView.of(plan));
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getEmergencyPlan",
            summary = "One plan with its reviews", description = "404 when no plan has this id.")
    ResponseEntity<PlanView> get(@PathVariable UUID id) {
        return withETag(filing.get(id));
    }

    @GetMapping
    @Operation(operationId = "listEmergencyPlans", summary = "Plans, the earliest review due first",
            description = "reviewDueWithinDays=N lists plans due for review within N days from today, overdue ones included.")
    Page<PlanView> list(@Parameter(description = "only this enterprise's plans")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "only plans whose review is due on or before today plus this many days, overdue "
                    + "ones included (0: due today or overdue)")
            @RequestParam(required = false) @Min(0) @Max(3650) Integer reviewDueWithinDays,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return filing.list(new PlanFilter(enterpriseId, reviewDueWithinDays), PageRequest.of(page, size))
                .map(PlanView::of);
    }

    @AnswersVersionETag
    @PostMapping("/{id}/review")
    @Operation(operationId = "reviewEmergencyPlan", summary = "Record a review (评估) of the plan",
            description = "Moves the plan's review date to nextReviewDueOn. 400 when the dates are out of order, "
                    + "404 when no plan has this id, 412 when If-Match is given and the plan changed since.")
    ResponseEntity<PlanView> review(@PathVariable UUID id,
            @Parameter(description = "optional: the ETag of a read; 412 when the plan changed since", example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReviewPlanRequest request) {
        return withETag(filing.review(id, VersionPreconditions.ifMatch(ifMatch), request.reviewedOn(),
                request.outcome(), request.nextReviewDueOn(), actors.of(request)));
    }

    private static ResponseEntity<PlanView> withETag(EmergencyPlan plan) {
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(plan.version())).body(PlanView.of(plan));
    }
}
