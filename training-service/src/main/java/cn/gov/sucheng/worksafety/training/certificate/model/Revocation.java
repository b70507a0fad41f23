package cn.gov.sucheng.worksafety.training.certificate.model;

import java.time.LocalDate;

/** The end of a certificate before its time: by a decision, or by a failed review. */
public record Revocation(LocalDate on, String reason, String actor) {
}
