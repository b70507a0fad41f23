package cn.gov.sucheng.worksafety.training.certificate.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.certificate.model.Certificate;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateReview;
import cn.gov.sucheng.worksafety.training.certificate.model.CertificateState;

/** Where certificates and their reviews are kept. */
public interface Certificates {

    /** Stores a new certificate; {@code AlreadyExistsException} when its number is taken. */
    void add(Certificate certificate);

    Optional<Certificate> byId(UUID id);

    /** The certificate, locked until the transaction ends so that two changes cannot interleave. */
    Optional<Certificate> lockById(UUID id);

    /** Stores the certificate's dates, revocation, version and update time. */
    void update(Certificate certificate);

    void addReview(CertificateReview review);

    /** The reviews of a certificate, the latest first. */
    List<CertificateReview> reviewsOf(UUID certificateId);

    Page<Certificate> find(CertificateQuery query, LocalDate today, PageRequest page);

    /**
     * The query's filters.
     *
     * @param state only certificates in this state today
     * @param dueWithin only certificates neither revoked nor expired whose review is due within this many days
     *        (overdue ones included)
     */
    record CertificateQuery(UUID enterpriseId, UUID holderId, CertificateState state, Integer dueWithin) {
    }
}
