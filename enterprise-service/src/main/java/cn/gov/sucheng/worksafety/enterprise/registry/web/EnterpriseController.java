package cn.gov.sucheng.worksafety.enterprise.registry.web;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseFilter;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCode;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises", description = "The registry of supervised enterprises")
class EnterpriseController {

    private final EnterpriseRegistry registry;
    private final Actors actors;

    EnterpriseController(EnterpriseRegistry registry, Actors actors) {
        this.registry = registry;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "registerEnterprise",
            summary = "Register an enterprise", description = "400 when a field is invalid (a credit code that "
            + "fails its check character or division check included, unless an admin override is given), 409 when "
            + "the credit code is already registered. A town-level client registers in its own town only (400 naming "
            + "town otherwise).")
    ResponseEntity<EnterpriseView> register(@Valid @RequestBody RegisterEnterpriseRequest request) {
        RegisterEnterpriseRequest.OverrideRequest override = request.override();
        Enterprise enterprise = registry.register(request.toNewEnterprise(),
                override == null ? null : override.toGrant(actors.of(override)));
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + enterprise.id()))
                .eTag(VersionPreconditions.etag(enterprise.version()))
                .body(EnterpriseView.of(enterprise));
    }

    @GetMapping
    @Operation(operationId = "listEnterprises",
            summary = "List enterprises", description = "Live enterprises sorted by name; every filter is "
            + "optional and exact, except q: a name fragment (case-insensitive) or the start of a credit code.")
    Page<EnterpriseView> list(
            @Parameter(description = "town or street (镇/街道/园区), exact match after trimming; a town-level caller "
                    + "sees its own town only, whatever this says", example = "耿车镇")
            @RequestParam(required = false) String town,
            @Parameter(description = "village or community (村/社区), exact match after trimming")
            @RequestParam(required = false) String village,
            @Parameter(description = "grid (网格), exact match after trimming")
            @RequestParam(required = false) String grid,
            @Parameter(description = "only enterprises of this industry area")
            @RequestParam(required = false) IndustryArea industryArea,
            @Parameter(description = "the department recorded as supervising the enterprise (管行业必须管安全), set from "
                    + "its industry area when it was registered or its area last changed; exact match after trimming",
                    example = "区应急管理局")
            @RequestParam(required = false) String supervisingDepartment,
            @Parameter(description = "a fragment of the name (case-insensitive) or the start of the credit code "
                    + "(统一社会信用代码, case-insensitive), trimmed; % and _ match themselves", example = "化工")
            @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(description = "only enterprises whose current four-colour risk level (安全风险四色分级) is this: "
                    + "RED 重大, ORANGE 较大, YELLOW 一般, BLUE 低; never matches an enterprise never assessed")
            @RequestParam(required = false) RiskColour riskColour,
            @Parameter(description = "dual-prevention mechanism (双重预防机制) built") @RequestParam(required = false) Boolean dualPrevention,
            // The licence feature owns the states; EnterpriseApiIT checks that this list is theirs.
            @Parameter(description = "has a licence in this state today", schema = @Schema(type = "string",
                    allowableValues = { "VALID", "EXPIRING", "EXPIRED", "SUSPENDED", "REVOKED" }))
            @RequestParam(required = false) String licenceState,
            @Parameter(description = "holds a standardization grading in force at this grade (1-3)",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "3"))
            @RequestParam(required = false) String standardizationGrade,
            @Parameter(description = "on an active blacklist entry today (true or false)",
                    schema = @Schema(type = "boolean"))
            @RequestParam(required = false) String blacklisted,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Map<String, String> standing = new HashMap<>();
        standing.put(EnterpriseFilter.LICENCE_STATE, licenceState);
        standing.put(EnterpriseFilter.STANDARDIZATION_GRADE, standardizationGrade);
        standing.put(EnterpriseFilter.BLACKLISTED, blacklisted);
        EnterpriseFilter filter = new EnterpriseFilter(town, village, grid, EnterpriseFilter.inArea(industryArea),
                supervisingDepartment, q,
                riskColour, dualPrevention, standing);
        return registry.list(filter, PageRequest.of(page, size)).map(EnterpriseView::of);
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getEnterprise",
            summary = "One enterprise by id", description = "404 when no live enterprise has this id.")
    ResponseEntity<EnterpriseView> get(@PathVariable UUID id) {
        return withETag(registry.get(id));
    }

    @AnswersVersionETag
    @GetMapping("/by-credit-code/{creditCode}")
    @Operation(operationId = "getEnterpriseByCreditCode",
            summary = "One enterprise by its credit code", description = "Exact match (case-insensitive); "
            + "400 when the code is malformed, 404 when no live enterprise has it.")
    ResponseEntity<EnterpriseView> getByCreditCode(
            @Parameter(description = "the unified social credit code (统一社会信用代码), 18 characters, case-insensitive; "
                    + "400 when malformed (the check character is not checked here), 404 when no live enterprise has "
                    + "it or, for a town-level caller, when it is another town's", example = "91321302MA1XYK004T")
            @PathVariable String creditCode) {
        return withETag(registry.getByCreditCode(CreditCode.ofFormat(creditCode)));
    }

    @AnswersVersionETag
    @PutMapping("/{id}")
    @Operation(operationId = "reviseEnterprise",
            summary = "Update an enterprise", description = "The full editable representation, based on a "
            + "version given as If-Match: \"<version>\" or as the version field. 412 when If-Match is stale, 409 "
            + "when the version field is; 400 when the credit code differs (it cannot be changed), or when a "
            + "town-level client names another town.")
    ResponseEntity<EnterpriseView> revise(@PathVariable UUID id,
            @Parameter(description = "the ETag of a read; 412 when the enterprise changed since", example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReviseEnterpriseRequest request) {
        long basedOn = VersionPreconditions.basedOn(VersionPreconditions.ifMatch(ifMatch), request.version());
        return withETag(registry.revise(id, basedOn, request.toRevision()));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteEnterprise",
            summary = "Delete an enterprise", description = "Soft delete: afterwards it reads as 404 and its "
            + "credit code can be registered again. With If-Match, only if still at that version (else 412).")
    ResponseEntity<Void> delete(@PathVariable UUID id,
            @Parameter(description = "the ETag of a read; 412 when the enterprise changed since", example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        registry.delete(id, VersionPreconditions.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<EnterpriseView> withETag(Enterprise enterprise) {
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(enterprise.version()))
                .body(EnterpriseView.of(enterprise));
    }
}
