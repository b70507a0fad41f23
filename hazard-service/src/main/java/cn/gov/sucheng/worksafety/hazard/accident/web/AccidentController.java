package cn.gov.sucheng.worksafety.hazard.accident.web;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryAreaCodes;
import cn.gov.sucheng.worksafety.hazard.accident.application.AccidentQuery;
import cn.gov.sucheng.worksafety.hazard.accident.application.AccidentRegister;
import cn.gov.sucheng.worksafety.hazard.accident.model.Accident;
import cn.gov.sucheng.worksafety.hazard.accident.model.AccidentKind;
import cn.gov.sucheng.worksafety.hazard.accident.model.Investigation;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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
@RequestMapping("/api/v1/accidents")
@Tag(name = "Accidents", description = "Accidents and near misses (事故 / 未遂), late or concealed reports flagged")
class AccidentController {

    private static final String IF_MATCH = "optional: the ETag of a read; 412 when the accident changed since. "
            + "Without it the version in the body is required (400 when neither is given, 409 when it is stale).";

    private final AccidentRegister register;
    private final Clock clock;

    AccidentController(AccidentRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "200", description = "The accident recorded before under the same sourceRef",
            useReturnTypeSchema = true)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "recordAccident", summary = "Record an accident or near miss",
            description = "lateReport is set when reported more than the reporting limit (1 hour) after it happened. "
                    + "A known sourceRef answers 200 with the accident recorded first. 400 names the field; 422 when "
                    + "the enterprise is not registered. A town-level client records in its own town only: another "
                    + "town's enterprise is 422 as unknown; without an enterprise, town is its own (when absent) or "
                    + "400; a sourceRef taken by another town's accident is 409, without the accident.")
    ResponseEntity<Accident> record(@Valid @RequestBody RecordAccidentRequest request) {
        AccidentRegister.Recorded recorded = register.record(request.toNewAccident(OffsetDateTime.now(clock)));
        Accident a = recorded.accident();
        var answer = recorded.existed() ? ResponseEntity.ok() : ResponseEntity.created(URI.create("/api/v1/accidents/" + a.id()));
        return answer.eTag(VersionPreconditions.etag(a.version())).body(a);
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getAccident", summary = "One accident")
    ResponseEntity<Accident> get(@PathVariable UUID id) {
        Accident a = register.get(id);
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(a.version())).body(a);
    }

    @GetMapping
    @Operation(operationId = "listAccidents", summary = "Accidents, latest first", description = "Filters combine.")
    Page<Accident> find(
            @Parameter(description = "Only those that occurred in this calendar year (China time)", example = "2024")
            @RequestParam(required = false) @Min(1900) @Max(2199) Integer year,
            @Parameter(description = "Only those at this registered enterprise; all when absent")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "Only those of this industry area of the plan, exact code; 400 for a code "
                    + "that names none", example = "CONSTRUCTION")
            @RequestParam(required = false)
            @Pattern(regexp = IndustryAreaCodes.PATTERN, message = IndustryAreaCodes.NOT_AN_AREA) String industryArea,
            @Parameter(description = "ACCIDENT: only accidents (事故); NEAR_MISS: only near misses (未遂事件); both when "
                    + "absent")
            @RequestParam(required = false) AccidentKind kind,
            @Parameter(description = "Only those reported late or concealed (true), or only the others (false)")
            @RequestParam(required = false) Boolean lateOrConcealed,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return register.find(new AccidentQuery(year, enterpriseId, industryArea, kind, lateOrConcealed),
                PageRequest.of(page, size));
    }

    /** The body of the investigation action. */
    record InvestigationRequest(@Schema(description = "The version read (or send If-Match)") Long version,
            @NotNull Investigation investigation) {
    }

    @AnswersVersionETag
    @PostMapping("/{id}/investigation")
    @Operation(operationId = "advanceInvestigation",
            summary = "Move the investigation forward (NOT_STARTED → INVESTIGATING → CONCLUDED)",
            description = "409 names the current state when the step is not the next one; the version is required.")
    ResponseEntity<Accident> investigate(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody InvestigationRequest request) {
        Accident a = register.advanceInvestigation(id,
                VersionPreconditions.basedOn(VersionPreconditions.ifMatch(ifMatch), request.version()),
                request.investigation());
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(a.version())).body(a);
    }
}
