package cn.gov.sucheng.worksafety.training.certificate.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.platform.web.AnswersVersionETag;
import cn.gov.sucheng.worksafety.platform.web.VersionPreconditions;
import cn.gov.sucheng.worksafety.training.certificate.application.CertificateRegister;
import cn.gov.sucheng.worksafety.training.certificate.application.CertificateSummary;
import cn.gov.sucheng.worksafety.training.certificate.application.Certificates.CertificateQuery;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateState;
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
@RequestMapping("/api/v1/certificates")
@Tag(name = "Certificates", description = "Special-operation (特种作业操作证) and key-post safety certificates, their "
        + "reviews (复审) and revocations")
class CertificateController {

    private static final String PATH = "/api/v1/certificates/";
    private static final int MAX_DUE_WITHIN = 3660;

    private final CertificateRegister register;
    private final Actors actors;

    CertificateController(CertificateRegister register, Actors actors) {
        this.register = register;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping
    @Operation(operationId = "issueCertificate", summary = "Issue a certificate on an exam pass",
            description = "Valid 6 years from firstIssuedOn; reviewed every 3 years (every 6 after 10 years of clean "
                    + "practice). 400 when a field is invalid, 409 when the number is taken, 422 when the holder does "
                    + "not exist or examId is not the holder's pass.")
    ResponseEntity<CertificateView> issue(@Valid @RequestBody IssueCertificateRequest r) {
        CertificateSummary c = register.issue(r.number().trim(), r.holderId(), r.kind(), r.category().trim(),
                r.item().trim(), r.firstIssuedOn(), r.cleanPracticeSince(), r.examId(), actors.of(r));
        return ResponseEntity.created(URI.create(PATH + c.certificate().id()))
                .eTag(VersionPreconditions.etag(c.certificate().version())).body(CertificateView.of(c));
    }

    @AnswersVersionETag
    @GetMapping("/{id}")
    @Operation(operationId = "getCertificate",
            summary = "One certificate with its state today", description = "404 when no certificate has this id.")
    ResponseEntity<CertificateView> get(@PathVariable UUID id) {
        CertificateSummary c = register.get(id);
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(c.certificate().version()))
                .body(CertificateView.of(c));
    }

    @GetMapping
    @Operation(operationId = "listCertificates",
            summary = "Certificates", description = "Filters combine. With dueWithinDays: the certificates neither "
            + "revoked nor expired whose review is due within that many days, overdue ones included, the earliest "
            + "due first; otherwise the latest issued first.")
    Page<CertificateView> list(
            @Parameter(description = "only certificates whose holder is registered with this enterprise")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "only this trainee's certificates") @RequestParam(required = false) UUID holderId,
            @Parameter(description = "state today") @RequestParam(required = false) CertificateState state,
            @Parameter(description = "0..3660") @RequestParam(required = false) Integer dueWithinDays,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > MAX_DUE_WITHIN)) {
            throw new InvalidException("dueWithinDays", "dueWithinDays must lie between 0 and " + MAX_DUE_WITHIN);
        }
        return register.find(new CertificateQuery(enterpriseId, holderId, state, dueWithinDays),
                PageRequest.of(page, size)).map(CertificateView::of);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersVersionETag
    @PostMapping("/{id}/reviews")
    @Operation(operationId = "reviewCertificate", summary = "Record a review (复审)",
            description = "Allowed in the 60-day window before the due date or once overdue, while the certificate is "
                    + "valid (409 otherwise, naming the state and the allowed actions). Fails on a failed health "
                    + "check, 2 or more violations, an administrative penalty or fewer than 8 refresher hours, and a "
                    + "failed review revokes the certificate; a pass moves the next due date. 422 when examId is not "
                    + "the holder's pass; 412 when If-Match is given and the certificate changed since.")
    ResponseEntity<ReviewedView> review(@PathVariable UUID id,
            @Parameter(description = "optional: the ETag of a read; 412 when the certificate changed since",
                    example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReviewCertificateRequest r) {
        CertificateRegister.Reviewed reviewed = register.review(id, VersionPreconditions.ifMatch(ifMatch),
                r.findings(), r.reviewedOn(), r.examId(), actors.of(r));
        return ResponseEntity.created(URI.create(PATH + id + "/reviews"))
                .eTag(VersionPreconditions.etag(reviewed.certificate().certificate().version()))
                .body(new ReviewedView(ReviewView.of(reviewed.review()), CertificateView.of(reviewed.certificate())));
    }

    @GetMapping("/{id}/reviews")
    @Operation(operationId = "listCertificateReviews",
            summary = "The reviews of a certificate, the latest first", description = "404 for an unknown certificate.")
    List<ReviewView> reviews(@PathVariable UUID id) {
        return register.reviewsOf(id).stream().map(ReviewView::of).toList();
    }

    @AnswersVersionETag
    @PostMapping("/{id}/revoke")
    @Operation(operationId = "revokeCertificate", summary = "Revoke a certificate from today",
            description = "409 when it is revoked already; 412 when If-Match is given and it changed since.")
    ResponseEntity<CertificateView> revoke(@PathVariable UUID id,
            @Parameter(description = "optional: the ETag of a read", example = VersionPreconditions.IF_MATCH_EXAMPLE)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RevokeCertificateRequest r) {
        CertificateSummary c = register.revoke(id, VersionPreconditions.ifMatch(ifMatch), r.reason().trim(),
                actors.of(r));
        return ResponseEntity.ok().eTag(VersionPreconditions.etag(c.certificate().version())).body(CertificateView.of(c));
    }
}
