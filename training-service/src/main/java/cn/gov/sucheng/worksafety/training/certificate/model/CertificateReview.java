package cn.gov.sucheng.worksafety.training.certificate.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One review (复审) of a certificate, kept as a record of its own.
 *
 * @param dueOn the due date the review answered
 * @param failedRules the rules that failed it; empty for a pass
 * @param examId the exam pass it rests on
 */
public record CertificateReview(UUID id, UUID certificateId, LocalDate reviewedOn, LocalDate dueOn,
        ReviewFindings findings, List<ReviewRule> failedRules, UUID examId, String reviewedBy,
        OffsetDateTime createdAt) {

    public boolean passed() {
        return failedRules.isEmpty();
    }
}
