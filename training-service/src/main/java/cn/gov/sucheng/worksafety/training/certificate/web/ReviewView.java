package cn.gov.sucheng.worksafety.training.certificate.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.training.certificate.model.CertificateReview;
import cn.gov.sucheng.worksafety.training.certificate.model.ReviewFindings;
import cn.gov.sucheng.worksafety.training.certificate.model.ReviewRule;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A review as the REST API shows it. */
@NullMarked
public record ReviewView(
        UUID id,
        UUID certificateId,
        LocalDate reviewedOn,
        @Schema(description = "The due date the review answered") LocalDate dueOn,
        boolean passed,
        @Schema(description = "HEALTH_CHECK, VIOLATIONS, ADMINISTRATIVE_PENALTY, MISSED_TRAINING; empty for a pass")
        List<ReviewRule> failedRules,
        ReviewFindings findings,
        @Nullable UUID examId,
        String reviewedBy,
        OffsetDateTime createdAt) {

    static ReviewView of(CertificateReview r) {
        return new ReviewView(r.id(), r.certificateId(), r.reviewedOn(), r.dueOn(), r.passed(), r.failedRules(),
                r.findings(), r.examId(), r.reviewedBy(), r.createdAt());
    }
}
