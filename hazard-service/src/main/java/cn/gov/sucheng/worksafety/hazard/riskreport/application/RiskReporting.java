package cn.gov.sucheng.worksafety.hazard.riskreport.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardRectification;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardReport;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSource;
import cn.gov.sucheng.worksafety.hazard.enterprise.application.EnterpriseDirectory;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.CheckRecord;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.CheckTask;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.CycleUnit;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.RiskLevel;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.RiskReport;
import cn.gov.sucheng.worksafety.platform.domain.AlreadyExistsException;
import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.domain.UnprocessableException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Risk reports of enterprises, the checks that keep their control measures, and failed checks becoming hazards. */
@Service
public class RiskReporting {

    private final RiskReports reports;
    private final EnterpriseDirectory enterprises;
    private final HazardRectification hazards;
    private final Clock clock;

    public RiskReporting(RiskReports reports, EnterpriseDirectory enterprises, HazardRectification hazards,
            Clock clock) {
        this.reports = reports;
        this.enterprises = enterprises;
        this.hazards = hazards;
        this.clock = clock;
    }

    /** A task as asked for. */
    public record NewTask(String description, CycleUnit cycleUnit, int cycleLength) {
    }

    /** The report, and whether its source reference was known already (then nothing changed). */
    public record Filed(RiskReport report, boolean existed) {
    }

    /**
     * Files it for an enterprise in the caller's data scope; a known source reference answers the report filed first,
     * but never another town's to a town-level caller.
     */
    public Filed file(UUID enterpriseId, String object, String unit, String event, RiskLevel level,
            List<String> measures, List<NewTask> tasks, String sourceRef) {
        if (sourceRef != null) {
            var known = reports.bySourceRef(sourceRef);
            if (known.isPresent()) {
                return new Filed(known.get(), true);
            }
        }
        var enterprise = enterprises.findInScope(enterpriseId).orElseThrow(
                () -> new UnprocessableException("enterprise " + enterpriseId + " is not registered"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID id = UUID.randomUUID();
        RiskReport report = new RiskReport(id, enterpriseId, enterprise.name(), enterprise.town(), object, unit, event, level, measures,
                tasks.stream().map(t -> new CheckTask(UUID.randomUUID(), id, t.description(), t.cycleUnit(),
                        t.cycleLength(), null, now)).toList(), sourceRef, now);
        if (!reports.add(report)) {
            return new Filed(reports.bySourceRef(sourceRef).orElseThrow(() -> new AlreadyExistsException(
                    "sourceRef " + sourceRef + " is taken by a risk report outside the caller's town; send another")),
                    true);
        }
        return new Filed(report, false);
    }

    @Transactional(readOnly = true)
    public RiskReport get(UUID id) {
        return reports.byId(id).orElseThrow(() -> new NotFoundException("risk report", id));
    }

    @Transactional(readOnly = true)
    public Page<RiskReport> find(UUID enterpriseId, RiskLevel level, PageRequest page) {
        return reports.find(enterpriseId, level, page);
    }

    /**
     * Records a check of a task; a failed check is reported as a hazard at the enterprise (source: self-inspection)
     * in the same transaction, so the record and its hazard exist together or not at all.
     */
    @Transactional
    public CheckRecord check(UUID reportId, UUID taskId, OffsetDateTime checkedAt, String checker, boolean passed,
            String note, HazardGrade grade) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime at = checkedAt != null ? checkedAt : now;
        if (at.isAfter(now.plusMinutes(5))) {
            throw new InvalidException("checkedAt", "checkedAt lies in the future");
        }
        if (!passed && (note == null || note.isBlank())) {
            throw new InvalidException("note", "a failed check must say what is wrong: it becomes a hazard");
        }
        RiskReport report = get(reportId);
        CheckTask task = reports.lockTask(reportId, taskId)
                .orElseThrow(() -> new NotFoundException("check task", taskId));
        UUID hazardId = null;
        if (!passed) {
            Hazard hazard = hazards.report(new HazardReport(report.enterpriseId(), report.riskUnit(),
                    note.trim() + "（风险管控检查：" + task.description() + "）", List.of(),
                    grade == null ? HazardGrade.GENERAL : grade, HazardSource.SELF_INSPECTION, null, null, null,
                    checker, at));
            hazardId = hazard.id();
        }
        CheckRecord record = new CheckRecord(UUID.randomUUID(), taskId, at, checker, passed, note, hazardId);
        reports.checked(task.checkedAt(at), record);
        return record;
    }

    @Transactional(readOnly = true)
    public Page<CheckRecord> records(UUID reportId, UUID taskId, PageRequest page) {
        if (get(reportId).tasks().stream().noneMatch(task -> task.id().equals(taskId))) {
            throw new NotFoundException("check task", taskId);
        }
        return reports.records(taskId, page);
    }

    @Transactional(readOnly = true)
    public List<CheckTask> overdueTasks(UUID enterpriseId) {
        return reports.overdueTasks(enterpriseId, OffsetDateTime.now(clock), 500);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
