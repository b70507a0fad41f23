package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import java.net.URI;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.MajorHazardSourceRegister;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.SourceFilter;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.HazardGrade;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.MajorHazardSource;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.SourceStatus;
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
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/major-hazard-sources")
@Tag(name = "Major hazard sources", description = "重大危险源: R value and grade per GB 18218-2018, and their source chiefs")
class MajorHazardSourceController {

    private static final String IF_MATCH = "the ETag of a read; 412 when the source changed since";

    private final MajorHazardSourceRegister register;
    private final Actors actors;

    MajorHazardSourceController(MajorHazardSourceRegister register, Actors actors) {
        this.register = register;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "registerMajorHazardSource", summary = "Register a major hazard source",
            description = "R and the grade are computed from the substances and α. 400 naming the field when one is "
                    + "invalid or when Σ q/Q < 1 (not a major hazard source); 422 when the enterprise does not exist.")
    ResponseEntity<MajorHazardSourceView> register(@Valid @RequestBody RegisterMajorHazardSourceRequest request) {
        MajorHazardSource source = register.register(request.enterpriseId(), request.name().trim(),
                request.toSubstances(), request.exposureCorrection(), request.chiefs().toChiefs());
        return ResponseEntity.created(URI.create("/api/v1/major-hazard-sources/" + source.id()))
                .eTag(VersionPreconditions.etag(source.version()))
                .body(MajorHazardSourceView.of(source));
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getMajorHazardSource",
            summary = "One major hazard source", description = "404 when no source has this id.")
    ResponseEntity<MajorHazardSourceView> get(@PathVariable UUID id) {
        return withVersion(register.get(id));
    }

    @GetMapping
    @Operation(operationId = "listMajorHazardSources", summary = "List major hazard sources",
            description = "Filtered by enterprise, grade (1-4), the enterprise's town and status; all statuses when "
                    + "status is absent. Paged.")
    Page<MajorHazardSourceView> list(
            @Parameter(description = "only this enterprise's sources")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "only sources of this grade (重大危险源分级, GB 18218-2018): 1 (R ≥ 100, the most "
                    + "dangerous), 2 (50 ≤ R < 100), 3 (10 ≤ R < 50) or 4 (R < 10)")
            @RequestParam(required = false) @Min(1) @Max(4) Integer grade,
            @Parameter(description = "only sources of enterprises registered in this town or street (镇/街道/园区), "
                    + "deleted enterprises included; surrounding spaces ignored, blank for any town", example = "耿车镇")
            @RequestParam(required = false) @Size(max = 50) String town,
            @Parameter(description = "REGISTERED: on the register; DEREGISTERED: taken off it (核销); all when absent")
            @RequestParam(required = false) SourceStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        SourceFilter filter = new SourceFilter(enterpriseId, grade == null ? null : HazardGrade.ofNumber(grade),
                town, status);
        return register.list(filter, PageRequest.of(page, size)).map(MajorHazardSourceView::of);
    }

    @AnswersVersionETag
    @PutMapping("/{id}/substances")
    @Operation(operationId = "replaceHazardousSubstances",
            summary = "Replace the substances and α", description = "R and the grade are recomputed. Based on "
            + "a version given as If-Match or as the version field: 412 when If-Match is stale, 409 when the version "
            + "field is or the source is deregistered; 404 when it does not exist.")
    ResponseEntity<MajorHazardSourceView> changeSubstances(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ChangeSubstancesRequest request) {
        long basedOn = VersionPreconditions.basedOn(VersionPreconditions.ifMatch(ifMatch), request.version());
        return withVersion(register.changeSubstances(id, request.toSubstances(), request.exposureCorrection(),
                basedOn));
    }

    @AnswersVersionETag
    @PutMapping("/{id}/chiefs")
    @Operation(operationId = "replaceSourceChiefs", summary = "Replace the source chiefs (源长制)",
            description = "Based on a version given as If-Match or as the version field: 412 when If-Match is stale, "
                    + "409 when the version field is or the source is deregistered; 404 when it does not exist.")
    ResponseEntity<MajorHazardSourceView> changeChiefs(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ChangeChiefsRequest request) {
        long basedOn = VersionPreconditions.basedOn(VersionPreconditions.ifMatch(ifMatch), request.version());
        return withVersion(register.changeChiefs(id, request.chiefs().toChiefs(), basedOn));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/deregister")
    @Operation(operationId = "deregisterMajorHazardSource", summary = "Take a source off the register (核销)",
            description = "Returns the deregistered source; 409 when it is deregistered already, 412 when If-Match is "
                    + "given and the source changed since.")
    ResponseEntity<MajorHazardSourceView> deregister(@PathVariable UUID id,
            @Parameter(description = "optional: " + IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody DeregisterRequest request) {
        return withVersion(register.deregister(id, VersionPreconditions.ifMatch(ifMatch), actors.of(request),
                request.reason().trim()));
    }

    private static ResponseEntity<MajorHazardSourceView> withVersion(MajorHazardSource source) {
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(source.version()))
                .body(MajorHazardSourceView.of(source));
    }
}
