package cn.gov.sucheng.worksafety.enterprise.insurance.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.insurance.application.LiabilityInsurance;
import cn.gov.sucheng.worksafety.enterprise.insurance.application.PolicyQuery;
import cn.gov.sucheng.worksafety.enterprise.insurance.application.PolicySummary;
import cn.gov.sucheng.worksafety.enterprise.registry.web.EnterpriseView;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/liability-insurance-policies")
@Tag(name = "Liability insurance",
        description = "Work-safety liability insurance (安全生产责任保险) of high-risk enterprises: policies and the "
                + "enterprises without cover")
class LiabilityPolicyController {

    private static final String PATH = "/api/v1/liability-insurance-policies/";

    private final LiabilityInsurance insurance;
    private final Actors actors;
    private final Clock clock;

    LiabilityPolicyController(LiabilityInsurance insurance, Actors actors, Clock clock) {
        this.insurance = insurance;
        this.actors = actors;
        this.clock = clock;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "recordLiabilityPolicy", summary = "Record an enterprise's policy",
            description = "400 when a field is invalid (endsOn before startsOn included), 409 when the policy number "
                    + "is recorded already, 422 when the enterprise does not exist.")
    ResponseEntity<PolicyView> record(@Valid @RequestBody RecordPolicyRequest request) {
        PolicySummary policy = insurance.record(request.toNewPolicy(), actors.of(request));
        return ResponseEntity.created(URI.create(PATH + policy.policy().id()))
                .eTag(VersionPreconditions.etag(policy.policy().version())).body(PolicyView.of(policy));
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getLiabilityPolicy",
            summary = "One policy with its state today", description = "404 when no policy has this id.")
    ResponseEntity<PolicyView> get(@PathVariable UUID id) {
        PolicySummary policy = insurance.get(id);
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(policy.policy().version())).body(PolicyView.of(policy));
    }

    @GetMapping
    @Operation(operationId = "listLiabilityPolicies",
            summary = "Policies, the latest start first", description = "Filters combine.")
    Page<PolicyView> list(@Parameter(description = "only this enterprise's policies")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "only policies covering their enterprise on this day")
            @RequestParam(required = false) LocalDate inForceOn,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return insurance.find(new PolicyQuery(enterpriseId, inForceOn), PageRequest.of(page, size))
                .map(PolicyView::of);
    }

    @AnswersVersionETag
    @PostMapping("/{id}/cancel")
    @Operation(operationId = "cancelLiabilityPolicy", summary = "End a policy's cover early (退保)",
            description = "effectiveOn is the first day without cover and must lie in the period (400 otherwise); "
                    + "409 when the policy is cancelled already or has ended; 412 when If-Match is given and the "
                    + "policy changed since.")
    ResponseEntity<PolicyView> cancel(@PathVariable UUID id,
            @Parameter(description = "optional: the ETag of a read; 412 when the policy changed since",
                    example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CancelPolicyRequest request) {
        PolicySummary policy = insurance.cancel(id, VersionPreconditions.ifMatch(ifMatch), request.effectiveOn(),
                request.reason().trim(), actors.of(request));
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(policy.policy().version())).body(PolicyView.of(policy));
    }

    @GetMapping("/uncovered-enterprises")
    @Operation(operationId = "listUncoveredEnterprises",
            summary = "High-risk enterprises without cover in force, for follow-up",
            description = "Live enterprises of the configured high-risk industry areas "
                    + "(worksafety.enterprise.liability-insurance.high-risk-industry-areas) that no policy covers on "
                    + "the day (default today), by name.")
    Page<EnterpriseView> uncovered(
            @Parameter(description = "the day, default today") @RequestParam(required = false) LocalDate on,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return insurance.uncoveredOn(on == null ? LocalDate.now(clock) : on, PageRequest.of(page, size))
                .map(EnterpriseView::of);
    }
}
