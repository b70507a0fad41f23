package cn.gov.sucheng.worksafety.training.officer.web;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import cn.gov.sucheng.worksafety.training.officer.application.OfficerRoster;
import cn.gov.sucheng.worksafety.training.officer.model.Officer;
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
@RequestMapping("/api/v1/officers")
@Tag(name = "Officers", description = "Enforcement officers (执法人员), their credentials and who may be drawn")
class OfficerController {

    private static final String IF_MATCH_DOC = "optional: the ETag of a read; 412 when the officer changed since";
    private static final String DEPARTMENT_EXAMPLE = "宿城区应急管理局";

    private final OfficerRoster roster;

    OfficerController(OfficerRoster roster) {
        this.roster = roster;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "registerOfficer",
            summary = "Register an officer", description = "400 when a field is invalid, 409 when the badge number is taken.")
    ResponseEntity<OfficerView> register(@Valid @RequestBody RegisterOfficerRequest r) {
        Officer officer = roster.register(r.name().trim(), r.badgeNumber().trim(), r.department().trim(),
                r.credentialValidUntil(), r.safetyBackground(), r.trainingHours() == null ? 0 : r.trainingHours(),
                r.tiedEnterpriseIds() == null ? Set.of() : r.tiedEnterpriseIds());
        return answer(ResponseEntity.created(URI.create("/api/v1/officers/" + officer.id())), officer);
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getOfficer",
            summary = "One officer with eligibility today", description = "404 when no officer has this id.")
    ResponseEntity<OfficerView> get(@PathVariable UUID id) {
        return answer(ResponseEntity.ok(), roster.get(id));
    }

    @GetMapping
    @Operation(operationId = "listOfficers", summary = "Officers, by badge number", description = "Filters combine.")
    Page<OfficerView> list(
            @Parameter(description = "only officers of this department (exact name, as registered)",
                    example = DEPARTMENT_EXAMPLE)
            @RequestParam(required = false) String department,
            @Parameter(description = "only officers who may (true) or may not (false) be drawn today")
            @RequestParam(required = false) Boolean eligible,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return roster.find(department, eligible, PageRequest.of(page, size))
                .map(o -> OfficerView.of(o, roster.today()));
    }

    @GetMapping("/background-share")
    @Operation(operationId = "getOfficerBackgroundShare", summary = "Share of officers with a work-safety background",
            description = "The plan wants at least 75%; meetsTarget says whether it is reached.")
    BackgroundShareView backgroundShare(
            @Parameter(description = "count only officers of this department (exact name, as registered), default all "
                    + "officers; suspended ones and expired credentials count too", example = DEPARTMENT_EXAMPLE)
            @RequestParam(required = false) String department) {
        return BackgroundShareView.of(roster.backgroundShare(department));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/suspend")
    @Operation(operationId = "suspendOfficer",
            summary = "Suspend an officer from enforcement", description = "409 when suspended already.")
    ResponseEntity<OfficerView> suspend(@PathVariable UUID id,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SuspendOfficerRequest r) {
        return answer(ResponseEntity.ok(), roster.suspend(id, VersionPreconditions.ifMatch(ifMatch), r.reason().trim()));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/reinstate")
    @Operation(operationId = "reinstateOfficer",
            summary = "Lift a suspension", description = "409 when the officer is not suspended.")
    ResponseEntity<OfficerView> reinstate(@PathVariable UUID id,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(ResponseEntity.ok(), roster.reinstate(id, VersionPreconditions.ifMatch(ifMatch)));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/renew-credential")
    @Operation(operationId = "renewOfficerCredential",
            summary = "Renew the enforcement credential", description = "400 when validUntil is not later than now.")
    ResponseEntity<OfficerView> renewCredential(@PathVariable UUID id,
            @Parameter(description = IF_MATCH_DOC) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RenewCredentialRequest r) {
        return answer(ResponseEntity.ok(), roster.renewCredential(id, VersionPreconditions.ifMatch(ifMatch), r.validUntil()));
    }

    private ResponseEntity<OfficerView> answer(ResponseEntity.BodyBuilder builder, Officer officer) {
        return builder.eTag(VersionPreconditions.etag(officer.version())).body(OfficerView.of(officer, roster.today()));
    }
}
