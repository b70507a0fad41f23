package cn.gov.sucheng.worksafety.enterprise.risk.web;

import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.risk.application.RiskColourRegister;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColourChange;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enterprises/{id}")
@Tag(name = "Risk colour", description = "The four-colour risk level of an enterprise (四色分级) and its history")
class RiskColourController {

    private final RiskColourRegister register;
    private final Actors actors;

    RiskColourController(RiskColourRegister register, Actors actors) {
        this.register = register;
        this.actors = actors;
    }

    @AnswersVersionETag
    @PutMapping("/risk-colour")
    @Operation(operationId = "assignRiskColour", summary = "Give an enterprise its current risk colour",
            description = "Appends to the history and returns the entry. Repeating the last entry exactly (colour, "
                    + "reason, actor) records nothing. An assessment moves the enterprise's version: the ETag answered "
                    + "is the enterprise's. 404 for an unknown enterprise, 412 when If-Match is given and the "
                    + "enterprise changed since.")
    ResponseEntity<RiskColourChange> assign(@PathVariable UUID id,
            @Parameter(description = "optional: the enterprise's ETag; 412 when it changed since", example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AssignRiskColourRequest request) {
        RiskColourRegister.AtVersion assigned = register.assign(id, VersionPreconditions.ifMatch(ifMatch),
                request.colour(), request.reason().trim(), actors.of(request));
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(assigned.enterpriseVersion()))
                .body(assigned.change());
    }

    @GetMapping("/risk-colour-history")
    @Operation(operationId = "listRiskColourHistory",
            summary = "The risk-colour history of an enterprise, newest first",
            description = "Paged. 404 for an unknown enterprise.")
    Page<RiskColourChange> history(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return register.history(id, PageRequest.of(page, size));
    }
}
