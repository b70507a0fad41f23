package cn.gov.sucheng.worksafety.training.certificate.model;

import java.time.LocalDate;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** The end of a certificate before its time: by a decision, or by a failed review. */
@NullMarked
public record Revocation(LocalDate on, @Nullable String reason, String actor) {
}
