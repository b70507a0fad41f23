package cn.gov.sucheng.worksafety.training.certificate.web;

/** The answer to a review: the review recorded and the certificate as it leaves it. */
public record ReviewedView(ReviewView review, CertificateView certificate) {
}
