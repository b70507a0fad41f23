package cn.gov.sucheng.worksafety.training.certificate.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.training.certificate.application.CertificateSummary;
import cn.gov.sucheng.worksafety.training.certificate.model.Certificate;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateKind;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateState;
import cn.gov.sucheng.worksafety.training.certificate.model.Revocation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A certificate as the REST API shows it. */
@NullMarked
public record CertificateView(
        UUID id,
        String number,
        UUID holderId,
        UUID enterpriseId,
        CertificateKind kind,
        String category,
        String item,
        LocalDate firstIssuedOn,
        @Schema(description = "Last day of validity") LocalDate validUntil,
        @Schema(description = "Due date of the next review: the last day of its window") LocalDate nextReviewDue,
        @Schema(description = "First day of the 60-day review window") LocalDate reviewWindowOpens,
        @Nullable LocalDate cleanPracticeSince,
        @Schema(description = "Today: VALID, REVIEW_DUE, OVERDUE, EXPIRED or REVOKED") CertificateState state,
        List<String> allowedActions,
        String issuedBy,
        @Schema(description = "The revocation, or null") @Nullable Revocation revocation,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static CertificateView of(CertificateSummary s) {
        Certificate c = s.certificate();
        return new CertificateView(c.id(), c.number(), c.holderId(), c.enterpriseId(), c.kind(), c.category(),
                c.item(), c.firstIssuedOn(), c.validUntil(), c.nextReviewDue(), s.reviewWindowOpens(),
                c.cleanPracticeSince(), s.state(), s.allowedActions(), c.issuedBy(), c.revocation(), c.version(),
                c.createdAt(), c.updatedAt());
    }
}
