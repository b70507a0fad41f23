package cn.gov.sucheng.worksafety.training.exam.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.training.exam.model.ExamResult;
import org.jspecify.annotations.NullMarked;

/** An exam result as the REST API shows it. */
@NullMarked
public record ExamView(UUID id, UUID traineeId, String subject, LocalDate takenOn, BigDecimal score,
        BigDecimal passMark, boolean passed, String recordedBy, OffsetDateTime createdAt) {

    static ExamView of(ExamResult r) {
        return new ExamView(r.id(), r.traineeId(), r.subject(), r.takenOn(), r.score(), r.passMark(), r.passed(),
                r.recordedBy(), r.createdAt());
    }
}
