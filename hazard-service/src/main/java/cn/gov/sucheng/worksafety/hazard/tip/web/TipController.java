package cn.gov.sucheng.worksafety.hazard.tip.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardReport;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSource;
import cn.gov.sucheng.worksafety.hazard.tip.application.TipDesk;
import cn.gov.sucheng.worksafety.hazard.tip.model.RewardDecision;
import cn.gov.sucheng.worksafety.hazard.tip.model.Tip;
import cn.gov.sucheng.worksafety.platform.domain.Texts;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
@RequestMapping("/api/v1/hazards/tips")
@Tag(name = "Public tips", description = "Public tips (随手拍 / 举报), anonymous or named, and their reward decision")
class TipController {

    private static final String IF_MATCH = "optional: the ETag of a read; 412 when the tip changed since. Without it "
            + "the version in the body is required (400 when neither is given, 409 when it is stale).";

    private final TipDesk desk;
    private final Actors actors;

    TipController(TipDesk desk, Actors actors) {
        this.desk = desk;
        this.actors = actors;
    }

    /** The body of {@code POST /api/v1/hazards/tips}. */
    record SubmitTipRequest(
            @Schema(description = "The registered enterprise the tip is about") @NotNull UUID enterpriseId,
            @Size(max = 200) String place,
            @Schema(example = "商场消防通道被杂物堵塞") @NotBlank @Size(max = 2000) String description,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> attachments,
            @Schema(description = "The tipster's view of the grade; GENERAL when absent") HazardGrade grade,
            @NotNull Boolean anonymous,
            @Size(max = 100) String tipsterName,
            @Pattern(regexp = "^[0-9+\\- ]{5,30}$", message = "is not a phone number") String tipsterPhone) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "submitTip",
            summary = "Submit a public tip; it is reported as a hazard (source PUBLIC_TIP)",
            description = "An anonymous tip names no tipster. 400 names the field; 422 when the enterprise is not "
                    + "registered.")
    ResponseEntity<Tip> submit(@Valid @RequestBody SubmitTipRequest r) {
        String name = Texts.given(r.tipsterName());
        var submitted = desk.submit(new HazardReport(r.enterpriseId(), Texts.given(r.place()), r.description().trim(),
                r.attachments(), r.grade() == null ? HazardGrade.GENERAL : r.grade(), HazardSource.PUBLIC_TIP, null,
                null, null, r.anonymous() ? "匿名举报" : name, null), r.anonymous(), name,
                Texts.given(r.tipsterPhone()));
        return ResponseEntity.created(URI.create("/api/v1/hazards/tips/" + submitted.tip().id()))
                .eTag(VersionPreconditions.etag(submitted.tip().version())).body(submitted.tip());
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getTip", summary = "One tip with its reward decision")
    ResponseEntity<Tip> get(@PathVariable UUID id) {
        Tip tip = desk.get(id);
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(tip.version())).body(tip);
    }

    @GetMapping
    @Operation(operationId = "listTips", summary = "Tips, newest first, optionally by reward decision")
    Page<Tip> find(
            @Parameter(description = "Only tips whose reward is undecided (PENDING), GRANTED or DENIED; all when "
                    + "absent")
            @RequestParam(required = false) RewardDecision rewardDecision,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return desk.find(rewardDecision, PageRequest.of(page, size));
    }

    /** The body of {@code POST /api/v1/hazards/tips/{id}/reward-decision}. */
    record RewardDecisionRequest(@Schema(description = "The version read (or send If-Match)") Long version,
            @NotNull RewardDecision decision,
            @Schema(description = "Required when granted, in CNY") @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal amountCny,
            @Schema(example = "区应急管理局") @NotBlank @Size(max = 100) String actor,
            @Schema(description = "Required when denied") @Size(max = 500) String reason) implements ActorStatement {
    }

    @AnswersVersionETag
    @PostMapping("/{id}/reward-decision")
    @Operation(operationId = "decideTipReward",
            summary = "Decide the reward once: granted with its amount, or denied with a reason",
            description = "409 when decided already; the version is required.")
    ResponseEntity<Tip> decide(@PathVariable UUID id,
            @Parameter(description = IF_MATCH, example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RewardDecisionRequest r) {
        Tip tip = desk.decideReward(id, VersionPreconditions.basedOn(VersionPreconditions.ifMatch(ifMatch), r.version()),
                r.decision(), r.amountCny(), actors.of(r), Texts.given(r.reason()));
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(tip.version())).body(tip);
    }
}
