package cn.gov.sucheng.worksafety.hazard.riskreport.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.riskreport.application.RiskReporting;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.CheckRecord;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.CheckTask;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.CycleUnit;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.RiskLevel;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.RiskReport;
import cn.gov.sucheng.worksafety.platform.domain.Texts;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.web.ActorStatement;
import cn.gov.sucheng.worksafety.platform.web.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

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
@RequestMapping("/api/v1/risk-reports")
@Tag(name = "Risk reports", description = "Enterprise risk reports (工业企业安全生产风险报告): risk object → unit → event → "
        + "control measures → check tasks with a cycle → check records; a failed check becomes a hazard")
class RiskReportController {

    private static final String TASK_ID = "One of this report's check tasks; 404 when the report is unknown (or "
            + "outside the caller's town) or the task is not one of its tasks";

    private final RiskReporting reporting;
    private final Actors actors;

    RiskReportController(RiskReporting reporting, Actors actors) {
        this.reporting = reporting;
        this.actors = actors;
    }

    /** A check task as asked for. */
    record TaskRequest(@Schema(example = "巡检储罐区可燃气体报警器") @NotBlank @Size(max = 500) String description,
            @NotNull CycleUnit cycleUnit, @NotNull @Min(1) @Max(1000) Integer cycleLength) {
    }

    /** The body of {@code POST /api/v1/risk-reports}. */
    record FileRiskReportRequest(@NotNull UUID enterpriseId,
            @Schema(example = "液氨储罐区") @NotBlank @Size(max = 200) String riskObject,
            @Schema(example = "1号液氨储罐") @NotBlank @Size(max = 200) String riskUnit,
            @Schema(example = "液氨泄漏导致中毒和爆炸") @NotBlank @Size(max = 500) String riskEvent,
            @NotNull RiskLevel level,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 500) String> controlMeasures,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid TaskRequest> checkTasks,
            @Schema(description = "The sender's id: filing it again answers the first report") @Size(max = 100)
            String sourceRef) {
    }

    /** A check task with when it is next due and whether it is overdue now. */
    @NullMarked
    record TaskView(UUID id, String description, CycleUnit cycleUnit, int cycleLength,
            @Nullable OffsetDateTime lastCheckedAt, OffsetDateTime nextDueAt, boolean overdue) {

        static TaskView of(CheckTask t, OffsetDateTime now) {
            return new TaskView(t.id(), t.description(), t.cycleUnit(), t.cycleLength(), t.lastCheckedAt(),
                    t.nextDueAt(), t.isOverdueAt(now));
        }
    }

    /** A risk report as the REST API shows it. */
    @NullMarked
    record RiskReportView(UUID id, UUID enterpriseId, String enterpriseName, @Nullable String town, String riskObject,
            String riskUnit, String riskEvent, RiskLevel level, List<String> controlMeasures, List<TaskView> checkTasks,
            @Nullable String sourceRef, OffsetDateTime createdAt) {

        static RiskReportView of(RiskReport r, OffsetDateTime now) {
            return new RiskReportView(r.id(), r.enterpriseId(), r.enterpriseName(), r.town(), r.riskObject(), r.riskUnit(),
                    r.riskEvent(), r.level(), r.controlMeasures(), r.tasks().stream().map(t -> TaskView.of(t, now))
                    .toList(), r.sourceRef(), r.createdAt());
        }
    }

    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "200", description = "The report filed before under the same sourceRef",
            useReturnTypeSchema = true)
    @PostMapping
    @Operation(operationId = "fileRiskReport", summary = "File a risk with its control measures and check tasks",
            description = "400 names the field; 422 when the enterprise is not registered (or, for a town-level "
                    + "client, is another town's); a known sourceRef answers 200 with the report filed first, or 409 "
                    + "without it when that report is outside a town-level client's town.")
    ResponseEntity<RiskReportView> file(@Valid @RequestBody FileRiskReportRequest r) {
        var filed = reporting.file(r.enterpriseId(), r.riskObject().trim(), r.riskUnit().trim(), r.riskEvent().trim(),
                r.level(), r.controlMeasures().stream().map(String::trim).toList(),
                r.checkTasks().stream().map(t -> new RiskReporting.NewTask(t.description().trim(), t.cycleUnit(),
                        t.cycleLength())).toList(),
                Texts.given(r.sourceRef()));
        RiskReportView view = RiskReportView.of(filed.report(), reporting.now());
        return filed.existed() ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/v1/risk-reports/" + view.id())).body(view);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getRiskReport",
            summary = "One risk report with its tasks, each with its next due time and overdue flag")
    RiskReportView get(@PathVariable UUID id) {
        return RiskReportView.of(reporting.get(id), reporting.now());
    }

    @GetMapping
    @Operation(operationId = "listRiskReports",
            summary = "Risk reports, newest first, by enterprise and four-colour level")
    Page<RiskReportView> find(
            @Parameter(description = "Only this enterprise's reports; all when absent")
            @RequestParam(required = false) UUID enterpriseId,
            @Parameter(description = "Only reports of this four-colour level: RED (重大), ORANGE (较大), YELLOW (一般) "
                    + "or BLUE (低); all when absent")
            @RequestParam(required = false) RiskLevel level, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        OffsetDateTime now = reporting.now();
        return reporting.find(enterpriseId, level, PageRequest.of(page, size)).map(r -> RiskReportView.of(r, now));
    }

    @GetMapping("/overdue-tasks")
    @Operation(operationId = "listOverdueCheckTasks",
            summary = "Check tasks whose cycle passed without a record, soonest due first (at most 500)")
    List<TaskView> overdueTasks(
            @Parameter(description = "Only the tasks of this enterprise's reports; all enterprises when absent")
            @RequestParam(required = false) UUID enterpriseId) {
        OffsetDateTime now = reporting.now();
        return reporting.overdueTasks(enterpriseId).stream().map(t -> TaskView.of(t, now)).toList();
    }

    /** The body of a check record. */
    record CheckRequest(@Schema(description = "When checked; now when absent") OffsetDateTime checkedAt,
            @Schema(example = "安全员 刘") @NotBlank @Size(max = 100) String checker,
            @NotNull Boolean passed,
            @Schema(description = "What was found; required when failed (it becomes the hazard's description)")
            @Size(max = 1000) String note,
            @Schema(description = "The grade of the hazard a failed check becomes; GENERAL when absent")
            HazardGrade grade) implements ActorStatement {

        @Override
        public String actor() {
            return checker;
        }

        @Override
        public String actorField() {
            return "checker";
        }
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/tasks/{taskId}/records")
    @Operation(operationId = "recordCheck",
            summary = "Record a check of a task; a failed check is reported as a hazard",
            description = "404 when the task is not one of the report's.")
    ResponseEntity<CheckRecord> check(@PathVariable UUID id,
            @Parameter(description = TASK_ID) @PathVariable UUID taskId,
            @Valid @RequestBody CheckRequest r) {
        CheckRecord record = reporting.check(id, taskId, r.checkedAt(), actors.of(r), r.passed(), r.note(), r.grade());
        return ResponseEntity.created(URI.create("/api/v1/risk-reports/" + id + "/tasks/" + taskId + "/records/"
                + record.id())).body(record);
    }

    @GetMapping("/{id}/tasks/{taskId}/records")
    @Operation(operationId = "listCheckRecords", summary = "A task's check records, latest first")
    Page<CheckRecord> records(@PathVariable UUID id, @Parameter(description = TASK_ID) @PathVariable UUID taskId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reporting.records(id, taskId, PageRequest.of(page, size));
    }
}
