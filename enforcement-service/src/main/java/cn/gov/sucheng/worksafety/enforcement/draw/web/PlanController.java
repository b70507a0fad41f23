package cn.gov.sucheng.worksafety.enforcement.draw.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.draw.application.RandomDraws;
import cn.gov.sucheng.worksafety.enforcement.draw.model.Draw;
import cn.gov.sucheng.worksafety.enforcement.draw.model.InspectionPlan;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryAreaCodes;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;

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
@RequestMapping("/api/v1/inspection-plans")
@Tag(name = "Inspection plans and random draws", description = "Yearly plans and verifiable random draws (双随机、一公开)")
class PlanController {

    private static final String IF_MATCH = "optional: the ETag of a read; 412 when the plan changed since. "
            + "Without it the revision applies to the plan as it is now.";
    private static final String DRAW_ID = "A draw of this plan; 404 when there is none, it belongs to another plan "
            + "or, for a town-level client, it was not made for the client's town.";

    private final RandomDraws draws;
    private final Actors actors;

    PlanController(RandomDraws draws, Actors actors) {
        this.draws = draws;
        this.actors = actors;
    }

    record CreatePlanRequest(@Schema(example = "2025") @NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(example = "2025年度安全生产监督检查计划") @NotBlank @Size(max = 200) String title,
            @Schema(description = "Legal working days of the year", example = "250") @NotNull @Min(1) @Max(366) Integer workingDays,
            @Schema(example = "24") @NotNull @Min(1) @Max(10000) Integer officers,
            @Schema(description = "Days spent on other enforcement (cases, complaints)", example = "1200") @NotNull @Min(0) Integer otherEnforcementDays,
            @Schema(description = "Days not spent on enforcement (training, meetings, leave)", example = "1800") @NotNull @Min(0) Integer nonEnforcementDays,
            @Schema(description = "Key units inspected in full, left out of the draws") @Size(max = 5000) List<@NotNull UUID> keyUnitIds,
            @Schema(description = "The checklist of items (一单)") @NotNull @Size(min = 1, max = 200) List<@NotBlank @Size(max = 200) String> checklist,
            @Schema(example = "区应急管理局 张伟") @NotBlank @Size(max = 100) String actor) implements ActorStatement {
    }

    record DrawRequest(@Schema(description = "Optional: the seed to draw with; a fresh random one when absent, recorded either way")
            Long seed,
            @Schema(description = "Only enterprises of this town; a town-level client's own town when absent, and "
                    + "only that", example = "耿车镇") @Size(max = 100) String town,
            @Schema(description = "Only enterprises of this industry area", example = "HAZARDOUS_CHEMICALS")
            @Pattern(regexp = IndustryAreaCodes.PATTERN, message = IndustryAreaCodes.NOT_AN_AREA) String industryArea,
            @Schema(example = "10") @NotNull @Min(1) @Max(1000) Integer enterpriseCount,
            @Schema(example = "2") @NotNull @Min(2) @Max(10) Integer officersPerEnterprise,
            @Schema(example = "区应急管理局 张伟") @NotBlank @Size(max = 100) String actor) implements ActorStatement {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "createInspectionPlan",
            summary = "Create a yearly inspection plan", description = "Answers the plan with its inspection-day capacity "
            + "(working days × officers − other enforcement days − non-enforcement days); 400 when that is negative, 422 "
            + "when the key units (two inspection days each) need more days than that.")
    ResponseEntity<PlanView> create(@Valid @RequestBody CreatePlanRequest r) {
        InspectionPlan plan = draws.createPlan(r.year(), r.title(), r.workingDays(), r.officers(), r.otherEnforcementDays(),
                r.nonEnforcementDays(), r.keyUnitIds() == null ? List.of() : r.keyUnitIds(), r.checklist(), actors.of(r));
        return ResponseEntity.created(URI.create("/api/v1/inspection-plans/" + plan.id())).body(PlanView.of(plan));
    }

    @AnswersVersionETag
    @PutMapping("/{id}")
    @Operation(operationId = "reviseInspectionPlan",
            summary = "Revise a plan", description = "The full plan as in creation. The key units (two inspection "
            + "days each) and the days the plan's draws took (one per officer drawn) must fit in the revised capacity: "
            + "422 naming the figures when they do not. 400 for a bad field, 412 when If-Match is given and the plan "
            + "changed since, 404 when there is none.")
    ResponseEntity<PlanView> revise(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CreatePlanRequest r) {
        InspectionPlan plan = draws.revisePlan(id, VersionPreconditions.ifMatch(ifMatch), r.year(), r.title(),
                r.workingDays(), r.officers(), r.otherEnforcementDays(), r.nonEnforcementDays(),
                r.keyUnitIds() == null ? List.of() : r.keyUnitIds(), r.checklist(), actors.of(r));
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(plan.version())).body(PlanView.of(plan));
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getInspectionPlan", summary = "One plan", description = "404 when there is none.")
    ResponseEntity<PlanView> get(@PathVariable UUID id) {
        InspectionPlan plan = draws.plan(id);
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(plan.version())).body(PlanView.of(plan));
    }

    @GetMapping
    @Operation(operationId = "listInspectionPlans", summary = "List plans", description = "Newest year first.")
    List<PlanView> list(@Parameter(description = "Only plans of this year; all years when absent", example = "2025")
            @RequestParam(required = false) Integer year) {
        return draws.plans(year).stream().map(PlanView::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/draws")
    @Operation(operationId = "drawAtRandom", summary = "Draw enterprises and officers at random",
            description = "Enterprises from the registry's pool (filtered; the plan's key units left out), at least two "
                    + "officers per enterprise from those with a valid enforcement credential today, without "
                    + "replacement, recusing officers tied to the enterprise or drawn for it last time. Records the "
                    + "seed, both pools, who drew and when. 422 when the pools are too small or when the draw would take "
                    + "more inspection days (one per officer drawn) than the plan has left, 503 when a pool's owner "
                    + "cannot be asked. A town-level client draws over its own town (400 naming town for another) and "
                    + "sees the officers' ties to its pool's enterprises only.")
    ResponseEntity<DrawView> draw(@PathVariable UUID id, @Valid @RequestBody DrawRequest r) {
        Draw draw = draws.draw(id, r.seed(), r.town(), r.industryArea(), r.enterpriseCount(), r.officersPerEnterprise(),
                actors.of(r));
        return ResponseEntity.created(URI.create("/api/v1/inspection-plans/" + id + "/draws/" + draw.id()))
                .body(DrawView.of(draw));
    }

    @GetMapping("/{id}/draws")
    @Operation(operationId = "listDraws", summary = "The draws of a plan", description = "Newest first. A town-level "
            + "client sees only the draws made for its town, with the officers' ties to their pools' enterprises only.")
    List<DrawView> drawsOf(@PathVariable UUID id) {
        return draws.ofPlan(id).stream().map(DrawView::of).toList();
    }

    @GetMapping("/{id}/draws/{drawId}")
    @Operation(operationId = "getDraw", summary = "One draw, with its seed and the pools it drew from",
            description = "A town-level client reads only draws made for its town, with the officers' ties to the "
                    + "pool's enterprises only: ties outside the pool recuse no one, so the pools shown run again to "
                    + "the same pairs.")
    DrawView drawOf(@PathVariable UUID id, @Parameter(description = DRAW_ID) @PathVariable UUID drawId) {
        return DrawView.of(draws.get(id, drawId));
    }

    @GetMapping("/{id}/draws/{drawId}/verification")
    @Operation(operationId = "verifyDraw", summary = "Run a draw again from its recorded seed and pools",
            description = "reproduced=true when the run gives the recorded pairs; the pairs of the run are shown.")
    Verification verify(@PathVariable UUID id, @Parameter(description = DRAW_ID) @PathVariable UUID drawId) {
        Draw draw = draws.get(id, drawId);
        return new Verification(draw.reproduces(), draw.seed(), draw.enterprisePool().size(), draw.officerPool().size(),
                cn.gov.sucheng.worksafety.enforcement.draw.model.RandomDraw.run(draw.seed(), draw.enterprisePool(),
                        draw.officerPool(), draw.enterpriseCount(), draw.officersPerEnterprise()));
    }

    /** Named apart from the trail's verification: springdoc keys schemas by simple class name. */
    @Schema(name = "DrawVerification")
    @NullMarked
    record Verification(boolean reproduced, long seed, int enterprisePool, int officerPool,
            List<cn.gov.sucheng.worksafety.enforcement.draw.model.DrawnPair> pairs) {
    }
}
