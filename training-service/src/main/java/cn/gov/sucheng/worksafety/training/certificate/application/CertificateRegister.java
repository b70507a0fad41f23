package cn.gov.sucheng.worksafety.training.certificate.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.StaleVersionException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.certificate.application.Certificates.CertificateQuery;
import cn.gov.sucheng.worksafety.training.certificate.model.Certificate;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateKind;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateReview;
import cn.gov.sucheng.worksafety.training.certificate.model.NewCertificate;
import cn.gov.sucheng.worksafety.training.certificate.model.ReviewFindings;
import cn.gov.sucheng.worksafety.training.exam.application.Exams;
import cn.gov.sucheng.worksafety.training.trainee.application.Trainees;
import cn.gov.sucheng.worksafety.training.trainee.model.Trainee;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues certificates on an exam pass, reviews them (复审), revokes them, and lists those due for review. */
@Service
public class CertificateRegister {

    private final Certificates certificates;
    private final Trainees trainees;
    private final Exams exams;
    private final Clock clock;

    public CertificateRegister(Certificates certificates, Trainees trainees, Exams exams, Clock clock) {
        this.certificates = certificates;
        this.trainees = trainees;
        this.exams = exams;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The holder must be a registered trainee and {@code examId} their pass (422 otherwise). */
    @Transactional
    public CertificateSummary issue(String number, UUID holderId, CertificateKind kind, String category, String item,
            LocalDate firstIssuedOn, LocalDate cleanPracticeSince, UUID examId, String actor) {
        Trainee holder = trainees.byId(holderId)
                .orElseThrow(() -> new UnprocessableException("trainee " + holderId + " does not exist"));
        exams.passOf(examId, holderId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Certificate certificate = Certificate.issue(UUID.randomUUID(), new NewCertificate(number, holderId,
                holder.enterpriseId(), kind, category, item, firstIssuedOn, cleanPracticeSince), now.toLocalDate(),
                actor, now);
        certificates.add(certificate);
        return CertificateSummary.of(certificate, now.toLocalDate());
    }

    @Transactional(readOnly = true)
    public CertificateSummary get(UUID id) {
        return CertificateSummary.of(certificates.byId(id).orElseThrow(() -> notFound(id)), today());
    }

    @Transactional(readOnly = true)
    public List<CertificateReview> reviewsOf(UUID id) {
        certificates.byId(id).orElseThrow(() -> notFound(id));
        return certificates.reviewsOf(id);
    }

    @Transactional(readOnly = true)
    public Page<CertificateSummary> find(CertificateQuery query, PageRequest page) {
        LocalDate today = today();
        return certificates.find(query, today, page).map(c -> CertificateSummary.of(c, today));
    }

    /**
     * Records a review; the row lock and the version make two concurrent reviews of one due date end with one
     * review and one refusal.
     */
    @Transactional
    public Reviewed review(UUID id, Long basedOn, ReviewFindings findings, LocalDate reviewedOn, UUID examId,
            String actor) {
        Certificate current = lock(id, basedOn);
        exams.passOf(examId, current.holderId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Certificate.Reviewed reviewed = current.review(UUID.randomUUID(), findings, reviewedOn, examId,
                now.toLocalDate(), actor, now);
        certificates.update(reviewed.certificate());
        certificates.addReview(reviewed.review());
        return new Reviewed(CertificateSummary.of(reviewed.certificate(), now.toLocalDate()), reviewed.review());
    }

    @Transactional
    public CertificateSummary revoke(UUID id, Long basedOn, String reason, String actor) {
        Certificate current = lock(id, basedOn);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Certificate revoked = current.revoke(reason, now.toLocalDate(), actor, now);
        certificates.update(revoked);
        return CertificateSummary.of(revoked, now.toLocalDate());
    }

    private Certificate lock(UUID id, Long basedOn) {
        Certificate current = certificates.lockById(id).orElseThrow(() -> notFound(id));
        if (basedOn != null && current.version() != basedOn) {
            throw new StaleVersionException("certificate", id, basedOn, current.version());
        }
        return current;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("certificate", id);
    }

    /** A review and the certificate as it leaves it. */
    public record Reviewed(CertificateSummary certificate, CertificateReview review) {
    }
}
