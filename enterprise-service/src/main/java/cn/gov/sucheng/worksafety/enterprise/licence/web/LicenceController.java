package cn.gov.sucheng.worksafety.enterprise.licence.web;

import java.net.URI;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.licence.application.LicenceAdministration;
import cn.gov.sucheng.worksafety.enterprise.licence.application.LicenceQuery;
import cn.gov.sucheng.worksafety.enterprise.licence.application.LicenceSummary;
import cn.gov.sucheng.worksafety.enterprise.licence.model.LicenceState;
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
@RequestMapping("/api/v1/licences")
@Tag(name = "Licences",
        description = "Work-safety licences (安全生产许可证): issue, renew, suspend, reinstate, revoke")
class LicenceController {

    private static final String IF_MATCH = "optional: the ETag of a read; 412 when the licence changed since. "
            + "Without it the action applies to the licence as it is now.";

    private final LicenceAdministration administration;
    private final Actors actors;

    LicenceController(LicenceAdministration administration, Actors actors) {
        this.administration = administration;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "issueLicence", summary = "Issue a licence to an enterprise",
            description = "The expiry follows from the issue date and the configured validity. 400 when a field is "
                    + "invalid (an issue date in the future included), 409 when the number exists, 422 when the "
                    + "enterprise does not.")
    ResponseEntity<LicenceView> issue(@Valid @RequestBody IssueLicenceRequest request) {
        LicenceSummary licence = administration.issue(request.toNewLicence(), actors.of(request));
        return ResponseEntity.created(URI.create("/api/v1/licences/" + licence.id()))
                .eTag(VersionPreconditions.etag(licence.version()))
                .body(LicenceView.of(licence));
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getLicence",
            summary = "One licence with its state today", description = "404 when no licence has this id.")
    ResponseEntity<LicenceView> get(@PathVariable UUID id) {
        return withETag(administration.get(id));
    }

    @GetMapping
    @Operation(operationId = "listLicences", summary = "Licences, soonest expiry first",
            description = "Filters combine. expiringWithinDays=N lists licences in force (not suspended or revoked) "
                    + "expiring today or within N days, for reminders.")
    Page<LicenceView> list(
            @Parameter(description = "only this enterprise's licences")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "state today, from the standing and the dates: VALID in force before the renewal "
                    + "window opens, EXPIRING in force inside it (by default the 3 months up to and including the "
                    + "expiry day), EXPIRED past the expiry day (suspended or not), SUSPENDED (暂扣) and not expired, "
                    + "REVOKED (吊销)")
            @RequestParam(required = false) LicenceState state,
            @Parameter(description = "0 to 3650")
            @RequestParam(required = false) @Min(0) @Max(3650) Integer expiringWithinDays,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return administration.find(new LicenceQuery(enterpriseId, state, expiringWithinDays),
                PageRequest.of(page, size)).map(LicenceView::of);
    }

    @AnswersVersionETag
    @PostMapping("/{id}/renew")
    @Operation(operationId = "renewLicence", summary = "Extend a licence by the validity period without re-examination",
            description = "Only inside the renewal window (up to and including the expiry day) and without a fatal "
                    + "accident in the period; otherwise 409. 412 when If-Match is given and the licence changed "
                    + "since.")
    ResponseEntity<LicenceView> renew(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RenewLicenceRequest request) {
        return withETag(administration.renew(id, VersionPreconditions.ifMatch(ifMatch),
                request.fatalAccidentInPeriod(), actors.of(request), request.reason()));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/suspend")
    @Operation(operationId = "suspendLicence",
            summary = "Suspend a licence in force (暂扣)", description = "409 unless valid or expiring; 412 when "
            + "If-Match is given and the licence changed since.")
    ResponseEntity<LicenceView> suspend(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReasonedActionRequest request) {
        return withETag(administration.suspend(id, VersionPreconditions.ifMatch(ifMatch), actors.of(request),
                request.reason().trim()));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/reinstate")
    @Operation(operationId = "reinstateLicence",
            summary = "Lift a suspension", description = "409 unless suspended and not expired; 412 when "
            + "If-Match is given and the licence changed since.")
    ResponseEntity<LicenceView> reinstate(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReinstateLicenceRequest request) {
        return withETag(administration.reinstate(id, VersionPreconditions.ifMatch(ifMatch), actors.of(request),
                request.reason()));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/revoke")
    @Operation(operationId = "revokeLicence",
            summary = "Revoke a licence (吊销); final", description = "409 when expired or already revoked; 412 "
            + "when If-Match is given and the licence changed since.")
    ResponseEntity<LicenceView> revoke(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReasonedActionRequest request) {
        return withETag(administration.revoke(id, VersionPreconditions.ifMatch(ifMatch), actors.of(request),
                request.reason().trim()));
    }

    @GetMapping("/{id}/events")
    @Operation(operationId = "listLicenceEvents",
            summary = "A licence's history, oldest first", description = "404 when no licence has this id.")
    Page<LicenceEventView> events(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return administration.history(id, PageRequest.of(page, size)).map(LicenceEventView::of);
    }

    private static ResponseEntity<LicenceView> withETag(LicenceSummary licence) {
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(licence.version())).body(LicenceView.of(licence));
    }
}
