package cn.gov.sucheng.worksafety.hazard.riskreport.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.riskreport.model.CheckRecord;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.CheckTask;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.RiskLevel;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.RiskReport;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

/** Where risk reports, their check tasks and records are kept. */
public interface RiskReports {

    /** Adds it with its tasks unless its source reference is known; false then. */
    boolean add(RiskReport report);

    Optional<RiskReport> byId(UUID id);

    /** The report of this source reference, within the caller's data scope. */
    Optional<RiskReport> bySourceRef(String sourceRef);

    Page<RiskReport> find(UUID enterpriseId, RiskLevel level, PageRequest page);

    Optional<CheckTask> lockTask(UUID reportId, UUID taskId);

    void checked(CheckTask task, CheckRecord record);

    Page<CheckRecord> records(UUID taskId, PageRequest page);

    /** Tasks past their next due time at {@code now}, soonest due first. */
    List<CheckTask> overdueTasks(UUID enterpriseId, OffsetDateTime now, int limit);
}
