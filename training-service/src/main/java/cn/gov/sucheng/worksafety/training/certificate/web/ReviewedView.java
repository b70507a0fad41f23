package cn.gov.sucheng.worksafety.training.certificate.web;

import org.jspecify.annotations.NullMarked;

/** The answer to a review: the review recorded and the certificate as it leaves it. */
@NullMarked
public record ReviewedView(ReviewView review, CertificateView certificate) {
}
