package cn.gov.sucheng.worksafety.hazard.supervision.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.supervision.application.Supervisions;
import cn.gov.sucheng.worksafety.hazard.supervision.model.Supervision;
import cn.gov.sucheng.worksafety.hazard.supervision.model.SupervisionAction;
import cn.gov.sucheng.worksafety.hazard.supervision.model.SupervisionEvent;
import cn.gov.sucheng.worksafety.hazard.supervision.model.SupervisionStatus;
import cn.gov.sucheng.worksafety.hazard.supervision.model.TreatmentPlan;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSupervisions implements Supervisions {

    // A town-level caller's data scope: the supervision's hazard is in its town.
    private static final String IN_SCOPE = "EXISTS (SELECT 1 FROM hazard h WHERE h.id = supervision.hazard_id AND "
            + TownScope.sqlPredicate("h.town") + ")";

    private static final String COLUMNS = """
            id, hazard_id, enterprise_id, status, supervising_body, goal, method, funds_cny, organisation, deadline,
            safety_measures, emergency_plan, applied_on, acceptance_due_on, accepted_on, evaluation, delisted_at,
            version, created_at, updated_at""";

    private final JdbcClient jdbc;

    JdbcSupervisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Supervision s) {
        TreatmentPlan p = s.plan();
        jdbc.sql("INSERT INTO supervision (" + COLUMNS + """
                ) VALUES (:id, :hazardId, :enterpriseId, :status, :body, :goal, :method, :funds, :organisation, :deadline,
                :safety, :emergency, NULL, NULL, NULL, NULL, NULL, :version, :createdAt, :updatedAt)""")
                .param("id", s.id())
                .param("hazardId", s.hazardId())
                .param("enterpriseId", s.enterpriseId())
                .param("status", s.status().name())
                .param("body", s.supervisingBody())
                .param("goal", p.goal())
                .param("method", p.method())
                .param("funds", p.fundsCny())
                .param("organisation", p.organisation())
                .param("deadline", p.deadline())
                .param("safety", p.safetyMeasures())
                .param("emergency", p.emergencyPlan())
                .param("version", s.version())
                .param("createdAt", s.createdAt())
                .param("updatedAt", s.updatedAt())
                .update();
    }

    @Override
    public Optional<Supervision> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision WHERE id = :id AND " + IN_SCOPE).param("id", id)
                .param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcSupervisions::map).optional();
    }

    @Override
    public Optional<Supervision> lockById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision WHERE id = :id AND " + IN_SCOPE + " FOR UPDATE")
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcSupervisions::map).optional();
    }

    @Override
    public void update(Supervision s) {
        jdbc.sql("""
                UPDATE supervision SET status = :status, applied_on = :appliedOn, acceptance_due_on = :dueOn,
                accepted_on = :acceptedOn, evaluation = :evaluation, delisted_at = :delistedAt, version = :version,
                updated_at = :updatedAt WHERE id = :id""")
                .param("id", s.id())
                .param("status", s.status().name())
                .param("appliedOn", s.appliedOn(), Types.DATE)
                .param("dueOn", s.acceptanceDueOn(), Types.DATE)
                .param("acceptedOn", s.acceptedOn(), Types.DATE)
                .param("evaluation", s.evaluation(), Types.VARCHAR)
                .param("delistedAt", s.delistedAt(), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("version", s.version())
                .param("updatedAt", s.updatedAt())
                .update();
    }

    @Override
    public void record(SupervisionEvent e) {
        jdbc.sql("""
                INSERT INTO supervision_event (supervision_id, action, to_status, actor, note, occurred_at)
                VALUES (:id, :action, :to, :actor, :note, :at)""")
                .param("id", e.supervisionId())
                .param("action", e.action().name())
                .param("to", e.toStatus().name())
                .param("actor", e.actor())
                .param("note", e.note(), Types.VARCHAR)
                .param("at", e.occurredAt())
                .update();
    }

    @Override
    public Page<SupervisionEvent> events(UUID supervisionId, PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM supervision_event WHERE supervision_id = :id")
                .param("id", supervisionId).query(Long.class).single();
        List<SupervisionEvent> items = jdbc.sql("""
                SELECT supervision_id, action, to_status, actor, note, occurred_at FROM supervision_event
                WHERE supervision_id = :id ORDER BY seq LIMIT :limit OFFSET :offset""")
                .param("id", supervisionId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, row) -> new SupervisionEvent(rs.getObject("supervision_id", UUID.class),
                        SupervisionAction.valueOf(rs.getString("action")),
                        SupervisionStatus.valueOf(rs.getString("to_status")), rs.getString("actor"),
                        rs.getString("note"), rs.getObject("occurred_at", OffsetDateTime.class)))
                .list();
        return Page.of(items, page, total);
    }

    @Override
    public Page<Supervision> find(UUID enterpriseId, SupervisionStatus status, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add(IN_SCOPE);
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (enterpriseId != null) {
            where.add("enterprise_id = :enterpriseId");
            params.put("enterpriseId", enterpriseId);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status.name());
        }
        String filter = " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM supervision" + filter).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Supervision> items = jdbc.sql("SELECT " + COLUMNS + " FROM supervision" + filter
                + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset").params(params)
                .query(JdbcSupervisions::map).list();
        return Page.of(items, page, total);
    }

    @Override
    public long openOf(UUID enterpriseId) {
        return jdbc.sql("SELECT count(*) FROM supervision WHERE enterprise_id = :id AND status <> 'DELISTED'")
                .param("id", enterpriseId).query(Long.class).single();
    }

    private static Supervision map(ResultSet rs, int row) throws SQLException {
        return new Supervision(rs.getObject("id", UUID.class), rs.getObject("hazard_id", UUID.class),
                rs.getObject("enterprise_id", UUID.class), SupervisionStatus.valueOf(rs.getString("status")),
                rs.getString("supervising_body"),
                new TreatmentPlan(rs.getString("goal"), rs.getString("method"), rs.getBigDecimal("funds_cny"),
                        rs.getString("organisation"), rs.getObject("deadline", LocalDate.class),
                        rs.getString("safety_measures"), rs.getString("emergency_plan")),
                rs.getObject("applied_on", LocalDate.class), rs.getObject("acceptance_due_on", LocalDate.class),
                rs.getObject("accepted_on", LocalDate.class), rs.getString("evaluation"),
                rs.getObject("delisted_at", OffsetDateTime.class), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
