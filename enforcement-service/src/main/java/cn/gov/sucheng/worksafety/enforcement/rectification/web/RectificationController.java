package cn.gov.sucheng.worksafety.enforcement.rectification.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.cases.model.DocumentKind;
import cn.gov.sucheng.worksafety.enforcement.rectification.application.RectificationDocuments;
import cn.gov.sucheng.worksafety.enforcement.rectification.model.Origin;
import cn.gov.sucheng.worksafety.enforcement.rectification.model.RectificationDocument;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rectification documents", description = "Orders to correct within a deadline (责令限期整改指令书) and "
        + "re-inspection opinions (整改复查意见书), issued from an inspection or a case")
class RectificationController {

    private static final String ORDER_DOC = "Numbered per year and kind (宿城应急责改〔year〕n号), issued today and appended "
            + "to the enforcement trail of the record. 400 naming the field when correctBy is not after today or no "
            + "requirement is given; 404 when the record is not there (or outside a town-level caller's town).";
    private static final String OPINION_DOC = "Numbered per year and kind (宿城应急复查〔year〕n号), issued today and "
            + "appended to the enforcement trail of the record. 400 naming the field when orderId is not an order to "
            + "correct of the same record or reinspectedOn lies before that order or after today; 404 when the record "
            + "is not there.";

    private final RectificationDocuments documents;
    private final Actors actors;

    RectificationController(RectificationDocuments documents, Actors actors) {
        this.documents = documents;
        this.actors = actors;
    }

    record OrderRequest(
            @Schema(description = "The day by which to correct (整改期限)", example = "2026-12-31") @NotNull LocalDate correctBy,
            @Schema(description = "What must be corrected", example = "[\"更换失效的可燃气体报警器\"]")
            @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 500) String> requirements,
            @Schema(example = "区应急管理局 李明") @NotBlank @Size(max = 100) String actor) implements ActorStatement {
    }

    record OpinionRequest(
            @Schema(description = "The order to correct that was re-inspected") @NotNull UUID orderId,
            @Schema(description = "The day of the re-inspection", example = "2026-12-20") @NotNull LocalDate reinspectedOn,
            @Schema(description = "Whether everything the order required was found corrected") @NotNull Boolean corrected,
            @Schema(example = "经复查，可燃气体报警器已更换并检测合格，隐患已整改完毕。") @NotBlank @Size(max = 4000) String opinion,
            @Schema(example = "区应急管理局 李明") @NotBlank @Size(max = 100) String actor) implements ActorStatement {
    }

    /** A document as the API shows it; the fields of the other kind are null. */
    @NullMarked
    record DocumentView(UUID id, DocumentKind kind, String number, @Nullable UUID inspectionId,
            @Nullable UUID caseId, UUID enterpriseId, LocalDate issuedOn, String issuedBy,
            @Nullable LocalDate correctBy, @Nullable List<String> requirements, @Nullable UUID orderId,
            @Nullable LocalDate reinspectedOn, @Nullable Boolean corrected, @Nullable String opinion) {

        static DocumentView of(RectificationDocument d) {
            Origin o = d.origin();
            return new DocumentView(d.id(), d.kind(), d.number(), o.kind() == Origin.Kind.INSPECTION ? o.id() : null,
                    o.kind() == Origin.Kind.CASE ? o.id() : null, o.enterpriseId(), d.issuedOn(), d.issuedBy(),
                    d.correctBy(), d.kind() == DocumentKind.ORDER_TO_CORRECT ? d.requirements() : null, d.orderId(),
                    d.reinspectedOn(), d.corrected(), d.opinion());
        }
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/inspections/{id}/orders-to-correct")
    @Operation(operationId = "issueInspectionOrderToCorrect",
            summary = "Issue an order to correct within a deadline from an inspection", description = ORDER_DOC)
    ResponseEntity<DocumentView> orderFromInspection(@PathVariable UUID id, @Valid @RequestBody OrderRequest r) {
        return order(Origin.Kind.INSPECTION, "/api/v1/inspections/", id, r);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/cases/{id}/orders-to-correct")
    @Operation(operationId = "issueCaseOrderToCorrect",
            summary = "Issue an order to correct within a deadline in a case", description = ORDER_DOC)
    ResponseEntity<DocumentView> orderInCase(@PathVariable UUID id, @Valid @RequestBody OrderRequest r) {
        return order(Origin.Kind.CASE, "/api/v1/cases/", id, r);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/inspections/{id}/reinspection-opinions")
    @Operation(operationId = "issueInspectionReinspectionOpinion",
            summary = "Issue a re-inspection opinion on an order of an inspection", description = OPINION_DOC)
    ResponseEntity<DocumentView> opinionFromInspection(@PathVariable UUID id, @Valid @RequestBody OpinionRequest r) {
        return opinion(Origin.Kind.INSPECTION, "/api/v1/inspections/", id, r);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/cases/{id}/reinspection-opinions")
    @Operation(operationId = "issueCaseReinspectionOpinion",
            summary = "Issue a re-inspection opinion on an order of a case", description = OPINION_DOC)
    ResponseEntity<DocumentView> opinionInCase(@PathVariable UUID id, @Valid @RequestBody OpinionRequest r) {
        return opinion(Origin.Kind.CASE, "/api/v1/cases/", id, r);
    }

    @GetMapping("/api/v1/inspections/{id}/documents")
    @Operation(operationId = "listInspectionDocuments",
            summary = "The orders to correct and re-inspection opinions of an inspection", description = "By day "
            + "of issue; 404 when the inspection is not there.")
    List<DocumentView> ofInspection(@PathVariable UUID id) {
        return documents.of(Origin.Kind.INSPECTION, id).stream().map(DocumentView::of).toList();
    }

    @GetMapping("/api/v1/cases/{id}/documents")
    @Operation(operationId = "listCaseDocuments",
            summary = "The orders to correct and re-inspection opinions of a case", description = "By day of "
            + "issue (the penalty notice and decision are shown with the case); 404 when the case is not there.")
    List<DocumentView> ofCase(@PathVariable UUID id) {
        return documents.of(Origin.Kind.CASE, id).stream().map(DocumentView::of).toList();
    }

    @GetMapping("/api/v1/inspections/{id}/documents/{documentId}")
    @Operation(operationId = "getInspectionDocument",
            summary = "One document of an inspection", description = "404 when there is none.")
    DocumentView oneOfInspection(@PathVariable UUID id,
            @Parameter(description = "An order to correct or re-inspection opinion issued from this inspection; 404 "
                    + "when there is none, it belongs to another record, or the inspection is not there (or outside "
                    + "a town-level caller's town)")
            @PathVariable UUID documentId) {
        return DocumentView.of(documents.get(Origin.Kind.INSPECTION, id, documentId));
    }

    @GetMapping("/api/v1/cases/{id}/documents/{documentId}")
    @Operation(operationId = "getCaseDocument",
            summary = "One rectification document of a case", description = "404 when there is none.")
    DocumentView oneOfCase(@PathVariable UUID id,
            @Parameter(description = "An order to correct or re-inspection opinion issued in this case (not the "
                    + "penalty notice or decision, which are shown with the case); 404 when there is none, it belongs "
                    + "to another record, or the case is not there (or outside a town-level caller's town)")
            @PathVariable UUID documentId) {
        return DocumentView.of(documents.get(Origin.Kind.CASE, id, documentId));
    }

    private ResponseEntity<DocumentView> order(Origin.Kind kind, String base, UUID id, OrderRequest r) {
        RectificationDocument d = documents.issueOrder(kind, id, r.correctBy(), r.requirements(), actors.of(r));
        return ResponseEntity.created(URI.create(base + id + "/documents/" + d.id())).body(DocumentView.of(d));
    }

    private ResponseEntity<DocumentView> opinion(Origin.Kind kind, String base, UUID id, OpinionRequest r) {
        RectificationDocument d = documents.issueOpinion(kind, id, r.orderId(), r.reinspectedOn(), r.corrected(),
                r.opinion(), actors.of(r));
        return ResponseEntity.created(URI.create(base + id + "/documents/" + d.id())).body(DocumentView.of(d));
    }
}
