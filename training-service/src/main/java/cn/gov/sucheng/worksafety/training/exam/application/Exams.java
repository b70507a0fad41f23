package cn.gov.sucheng.worksafety.training.exam.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.training.exam.model.ExamResult;
import cn.gov.sucheng.worksafety.training.trainee.application.Trainees;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records exam results and answers whether a person holds a pass that a certificate may rest on. */
@Service
public class Exams {

    private final ExamResults results;
    private final Trainees trainees;
    private final Clock clock;

    public Exams(ExamResults results, Trainees trainees, Clock clock) {
        this.results = results;
        this.trainees = trainees;
        this.clock = clock;
    }

    @Transactional
    public ExamResult record(UUID traineeId, String subject, LocalDate takenOn, BigDecimal score, BigDecimal passMark,
            String actor) {
        if (trainees.byId(traineeId).isEmpty()) {
            throw new UnprocessableException("trainee " + traineeId + " does not exist");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ExamResult result = ExamResult.record(UUID.randomUUID(), traineeId, subject, takenOn, score, passMark,
                now.toLocalDate(), actor, now);
        results.add(result);
        return result;
    }

    @Transactional(readOnly = true)
    public ExamResult get(UUID id) {
        return results.byId(id).orElseThrow(() -> new NotFoundException("exam result", id));
    }

    @Transactional(readOnly = true)
    public Page<ExamResult> find(UUID traineeId, Boolean passed, PageRequest page) {
        return results.find(traineeId, passed, page);
    }

    /**
     * The pass {@code examId} names, which must be the holder's own; 422 otherwise, since a certificate is
     * issued or reviewed only on a pass.
     */
    @Transactional(readOnly = true)
    public ExamResult passOf(UUID examId, UUID holderId) {
        ExamResult exam = results.byId(examId)
                .orElseThrow(() -> new UnprocessableException("exam result " + examId + " does not exist"));
        if (!exam.traineeId().equals(holderId)) {
            throw new UnprocessableException("exam result " + examId + " is not the holder's");
        }
        if (!exam.passed()) {
            throw new UnprocessableException("exam result " + examId + " is a fail (" + exam.score() + " below "
                    + exam.passMark() + "); a certificate needs a pass");
        }
        return exam;
    }
}
