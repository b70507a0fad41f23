package cn.gov.sucheng.worksafety.training.exam.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;

/**
 * An exam result (考试成绩): a pass when the score reaches the pass mark. A pass is what issuing or reviewing a
 * certificate takes.
 */
public record ExamResult(UUID id, UUID traineeId, String subject, LocalDate takenOn, BigDecimal score,
        BigDecimal passMark, String recordedBy, OffsetDateTime createdAt) {

    /** The national exams pass at 80 of 100. */
    public static final BigDecimal DEFAULT_PASS_MARK = BigDecimal.valueOf(80);

    public static ExamResult record(UUID id, UUID traineeId, String subject, LocalDate takenOn, BigDecimal score,
            BigDecimal passMark, LocalDate today, String actor, OffsetDateTime now) {
        if (takenOn.isAfter(today)) {
            throw new InvalidException("takenOn", "takenOn must not be in the future");
        }
        return new ExamResult(id, traineeId, subject, takenOn, score, passMark == null ? DEFAULT_PASS_MARK : passMark,
                actor, now);
    }

    public boolean passed() {
        return score.compareTo(passMark) >= 0;
    }
}
