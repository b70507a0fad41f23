package cn.gov.sucheng.worksafety.training.exam.web;

import java.net.URI;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import cn.gov.sucheng.worksafety.training.exam.application.Exams;
import cn.gov.sucheng.worksafety.training.exam.model.ExamResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exams")
@Tag(name = "Exams", description = "Exam results (考试成绩); a pass is required to issue or review a certificate")
class ExamController {

    private final Exams exams;
    private final Actors actors;

    ExamController(Exams exams, Actors actors) {
        this.exams = exams;
        this.actors = actors;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "recordExamResult", summary = "Record an exam result",
            description = "passed is score >= passMark (default 80). 400 when a field is invalid, 422 when the "
                    + "trainee does not exist.")
    ResponseEntity<ExamView> record(@Valid @RequestBody RecordExamRequest r) {
        ExamResult result = exams.record(r.traineeId(), r.subject().trim(), r.takenOn(), r.score(), r.passMark(),
                actors.of(r));
        return ResponseEntity.created(URI.create("/api/v1/exams/" + result.id())).body(ExamView.of(result));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getExamResult",
            summary = "One exam result",
            description = "404 when no result has this id or, for a town-level client, it is another town's person's.")
    ExamView get(@PathVariable UUID id) {
        return ExamView.of(exams.get(id));
    }

    @GetMapping
    @Operation(operationId = "listExamResults",
            summary = "Exam results, the latest first",
            description = "Filters combine; a town-level client sees only its town's people's results.")
    Page<ExamView> list(
            @Parameter(description = "only this trainee's results") @RequestParam(required = false) UUID traineeId,
            @Parameter(description = "true: only passes (score at or above the pass mark); false: only fails; "
                    + "absent: both")
            @RequestParam(required = false) Boolean passed,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return exams.find(traineeId, passed, PageRequest.of(page, size)).map(ExamView::of);
    }
}
