package cn.gov.sucheng.worksafety.enterprise.majorhazard.web;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.DualPreventionRegister;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.DualPrevention;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enterprises/{id}/dual-prevention")
@Tag(name = "Dual prevention", description = "双重预防机制: whether an enterprise has built it, who said so and when")
class DualPreventionController {

    private final DualPreventionRegister register;
    private final Actors actors;

    DualPreventionController(DualPreventionRegister register, Actors actors) {
        this.register = register;
        this.actors = actors;
    }

    @AnswersVersionETag
    @PutMapping
    @Operation(operationId = "setDualPrevention",
            summary = "Set whether the enterprise has built the dual-prevention mechanism",
            description = "Records who and when; repeating the current value records nothing. A change moves the "
                    + "enterprise's version: the ETag answered is the enterprise's. 404 for an unknown enterprise, "
                    + "412 when If-Match is given and the enterprise changed since.")
    ResponseEntity<DualPrevention> record(@PathVariable UUID id,
            @Parameter(description = "optional: the enterprise's ETag; 412 when it changed since", example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody DualPreventionRequest request) {
        return withETag(register.record(id, VersionPreconditions.ifMatch(ifMatch), request.built(),
                actors.of(request)));
    }

    @AnswersVersionETag
    @GetMapping
    @Operation(operationId = "getDualPrevention",
            summary = "The dual-prevention flag with who set it, when, and every change before",
            description = "built is false with no changedBy when it was never set; the ETag is the enterprise's. "
                    + "404 for an unknown enterprise.")
    ResponseEntity<DualPrevention> get(@PathVariable UUID id) {
        return withETag(register.current(id));
    }

    private static ResponseEntity<DualPrevention> withETag(DualPreventionRegister.AtVersion found) {
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(found.enterpriseVersion()))
                .body(found.dualPrevention());
    }
}
