package cn.gov.sucheng.worksafety.hazard.riskreport.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.riskreport.application.RiskReports;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.CheckRecord;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.CheckTask;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.CycleUnit;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.RiskLevel;
import cn.gov.sucheng.worksafety.hazard.riskreport.model.RiskReport;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcRiskReports implements RiskReports {

    private static final String COLUMNS = """
            id, enterprise_id, enterprise_name, town, risk_object, risk_unit, risk_event, level, control_measures, source_ref,
            created_at""";
    private static final String TASK_COLUMNS = """
            id, risk_report_id, description, cycle_unit, cycle_length, last_checked_at, created_at""";
    // The task's next due time, as CheckTask#nextDueAt computes it.
    private static final String NEXT_DUE = """
            coalesce(last_checked_at, created_at) + (cycle_length || ' ' || lower(cycle_unit))::interval""";

    private final JdbcClient jdbc;

    JdbcRiskReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public boolean add(RiskReport r) {
        boolean added = jdbc.sql("INSERT INTO risk_report (" + COLUMNS + """
                ) VALUES (:id, :enterpriseId, :name, :town, :object, :unit, :event, :level,
                string_to_array(:measures, E'\\x1f'), :sourceRef, :createdAt) ON CONFLICT (source_ref) DO NOTHING""")
                .param("id", r.id()).param("enterpriseId", r.enterpriseId()).param("name", r.enterpriseName())
                .param("town", r.town(), Types.VARCHAR)
                .param("object", r.riskObject()).param("unit", r.riskUnit()).param("event", r.riskEvent())
                .param("level", r.level().name()).param("measures", String.join("\u001f", r.controlMeasures()))
                .param("sourceRef", r.sourceRef(), Types.VARCHAR).param("createdAt", r.createdAt())
                .update() == 1;
        if (added) {
            for (CheckTask t : r.tasks()) {
                jdbc.sql("INSERT INTO check_task (" + TASK_COLUMNS + """
                        ) VALUES (:id, :reportId, :description, :unit, :length, NULL, :createdAt)""")
                        .param("id", t.id()).param("reportId", t.riskReportId()).param("description", t.description())
                        .param("unit", t.cycleUnit().name()).param("length", t.cycleLength())
                        .param("createdAt", t.createdAt()).update();
            }
        }
        return added;
    }

    @Override
    public Optional<RiskReport> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM risk_report WHERE id = :id AND " + TownScope.sqlPredicate("town"))
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue()).query(this::map).optional();
    }

    @Override
    public Optional<RiskReport> bySourceRef(String sourceRef) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM risk_report WHERE source_ref = :ref AND "
                        + TownScope.sqlPredicate("town"))
                .param("ref", sourceRef).param(TownScope.PARAMETER, TownScope.parameterValue()).query(this::map)
                .optional();
    }

    @Override
    public Page<RiskReport> find(UUID enterpriseId, RiskLevel level, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        // A town-level caller's data scope: its town's risk reports only.
        where.add(TownScope.sqlPredicate("town"));
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (enterpriseId != null) {
            where.add("enterprise_id = :enterpriseId");
            params.put("enterpriseId", enterpriseId);
        }
        if (level != null) {
            where.add("level = :level");
            params.put("level", level.name());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM risk_report" + filter).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<RiskReport> items = jdbc.sql("SELECT " + COLUMNS + " FROM risk_report" + filter
                + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset").params(params).query(this::map).list();
        return Page.of(items, page, total);
    }

    @Override
    public Optional<CheckTask> lockTask(UUID reportId, UUID taskId) {
        return jdbc.sql("SELECT " + TASK_COLUMNS + " FROM check_task WHERE id = :id AND risk_report_id = :reportId"
                        + " FOR UPDATE")
                .param("id", taskId).param("reportId", reportId).query(JdbcRiskReports::task).optional();
    }

    @Override
    public void checked(CheckTask task, CheckRecord r) {
        jdbc.sql("UPDATE check_task SET last_checked_at = :last WHERE id = :id").param("id", task.id())
                .param("last", task.lastCheckedAt()).update();
        jdbc.sql("""
                INSERT INTO check_record (id, task_id, checked_at, checker, passed, note, hazard_id)
                VALUES (:id, :taskId, :at, :checker, :passed, :note, :hazardId)""")
                .param("id", r.id()).param("taskId", r.taskId()).param("at", r.checkedAt())
                .param("checker", r.checker()).param("passed", r.passed()).param("note", r.note(), Types.VARCHAR)
                .param("hazardId", r.hazardId(), Types.OTHER).update();
    }

    @Override
    public Page<CheckRecord> records(UUID taskId, PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM check_record WHERE task_id = :id").param("id", taskId)
                .query(Long.class).single();
        List<CheckRecord> items = jdbc.sql("""
                SELECT id, task_id, checked_at, checker, passed, note, hazard_id FROM check_record
                WHERE task_id = :id ORDER BY checked_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("id", taskId).param("limit", page.size()).param("offset", page.offset())
                .query((rs, row) -> new CheckRecord(rs.getObject("id", UUID.class), rs.getObject("task_id", UUID.class),
                        rs.getObject("checked_at", OffsetDateTime.class), rs.getString("checker"),
                        rs.getBoolean("passed"), rs.getString("note"), rs.getObject("hazard_id", UUID.class)))
                .list();
        return Page.of(items, page, total);
    }

    @Override
    public List<CheckTask> overdueTasks(UUID enterpriseId, OffsetDateTime now, int limit) {
        String enterprise = enterpriseId == null ? "" : " AND enterprise_id = :enterpriseId";
        var sql = jdbc.sql("SELECT " + TASK_COLUMNS + " FROM check_task WHERE " + NEXT_DUE + " < :now"
                        + " AND risk_report_id IN (SELECT id FROM risk_report WHERE " + TownScope.sqlPredicate("town")
                        + enterprise + ") ORDER BY " + NEXT_DUE + " LIMIT :limit")
                .param("now", now).param("limit", limit).param(TownScope.PARAMETER, TownScope.parameterValue());
        if (enterpriseId != null) {
            sql = sql.param("enterpriseId", enterpriseId);
        }
        return sql.query(JdbcRiskReports::task).list();
    }

    private RiskReport map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<CheckTask> tasks = jdbc.sql("SELECT " + TASK_COLUMNS + " FROM check_task WHERE risk_report_id = :id"
                + " ORDER BY created_at, description").param("id", id).query(JdbcRiskReports::task).list();
        return new RiskReport(id, rs.getObject("enterprise_id", UUID.class), rs.getString("enterprise_name"),
                rs.getString("town"), rs.getString("risk_object"), rs.getString("risk_unit"), rs.getString("risk_event"),
                RiskLevel.valueOf(rs.getString("level")),
                List.of((String[]) rs.getArray("control_measures").getArray()), tasks, rs.getString("source_ref"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static CheckTask task(ResultSet rs, int row) throws SQLException {
        return new CheckTask(rs.getObject("id", UUID.class), rs.getObject("risk_report_id", UUID.class),
                rs.getString("description"), CycleUnit.valueOf(rs.getString("cycle_unit")), rs.getInt("cycle_length"),
                rs.getObject("last_checked_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));
    }
}
