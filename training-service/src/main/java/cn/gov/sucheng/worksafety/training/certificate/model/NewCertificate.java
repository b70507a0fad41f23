package cn.gov.sucheng.worksafety.training.certificate.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What issuing a certificate takes.
 *
 * @param firstIssuedOn the first day it is valid; may lie in the past for a certificate entered late
 * @param cleanPracticeSince since when the holder has practised without a violation, or null
 */
public record NewCertificate(String number, UUID holderId, UUID enterpriseId, CertificateKind kind, String category,
        String item, LocalDate firstIssuedOn, LocalDate cleanPracticeSince) {
}
