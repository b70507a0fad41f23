package cn.gov.sucheng.worksafety.enterprise.credit.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.credit.application.CreditEventFilter;
import cn.gov.sucheng.worksafety.enterprise.credit.application.CreditRegister;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEvent;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventState;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/credit-events")
@Tag(name = "Credit events", description = "Blacklist entries (失信联合惩戒) and closure (关闭取缔) and suspension (停产停业) orders")
class CreditEventController {

    private final CreditRegister register;
    private final Actors actors;

    CreditEventController(CreditRegister register, Actors actors) {
        this.register = register;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "recordCreditEvent", summary = "Record a credit event by hand",
            description = "400 when a field is invalid (dates out of order included), 422 when the enterprise does not exist.")
    ResponseEntity<CreditEventView> record(@Valid @RequestBody RecordCreditEventRequest request) {
        CreditEvent event = register.record(request.toNewCreditEvent(actors.of(request)));
        return ResponseEntity.created(URI.create("/api/v1/credit-events/" + event.id()))
                .eTag(VersionPreconditions.etag(event.version()))
                .body(CreditEventView.of(event, register.today()));
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getCreditEvent",
            summary = "One credit event by id", description = "404 when there is none.")
    ResponseEntity<CreditEventView> get(@PathVariable UUID id) {
        return withETag(register.get(id));
    }

    @GetMapping
    @Operation(operationId = "listCreditEvents",
            summary = "List credit events", description = "Newest start first; every filter is optional.")
    Page<CreditEventView> list(
            @Parameter(description = "Only events held against this enterprise")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "BLACKLIST (失信联合惩戒), CLOSURE_ORDER (关闭取缔) or SUSPENSION_ORDER (停产停业); "
                    + "all kinds when absent")
            @RequestParam(required = false) CreditEventKind kind,
            @Parameter(description = "State as of today") @RequestParam(required = false) CreditEventState state,
            @Parameter(description = "Only events in force on this day", example = "2024-06-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Page<CreditEvent> found = register.list(new CreditEventFilter(enterpriseId, kind, state, activeOn),
                PageRequest.of(page, size));
        LocalDate today = register.today();
        return found.map(e -> CreditEventView.of(e, today));
    }

    @AnswersVersionETag
    @PostMapping("/{id}/lift")
    @Operation(operationId = "liftCreditEvent", summary = "Lift a credit event (解除)",
            description = "Returns the lifted event; 409 when it was lifted already or has ended, 404 when there is "
                    + "none, 412 when If-Match is given and the event changed since.")
    ResponseEntity<CreditEventView> lift(@PathVariable UUID id,
            @Parameter(description = "optional: the ETag of a read; 412 when the event changed since",
                    example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody LiftCreditEventRequest request) {
        return withETag(register.lift(id, VersionPreconditions.ifMatch(ifMatch), request.reason(),
                actors.of(request)));
    }

    private ResponseEntity<CreditEventView> withETag(CreditEvent event) {
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(event.version()))
                .body(CreditEventView.of(event, register.today()));
    }
}
