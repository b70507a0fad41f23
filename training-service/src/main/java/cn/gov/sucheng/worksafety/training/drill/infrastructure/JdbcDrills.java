package cn.gov.sucheng.worksafety.training.drill.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;
import cn.gov.sucheng.worksafety.training.drill.application.Drills;
import cn.gov.sucheng.worksafety.training.drill.model.Drill;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDrills implements Drills {

    private static final String COLUMNS = """
            id, enterprise_id, department, town, plan_reference, scenario, held_on, participants, findings,
            recorded_by, created_at""";

    // A district department's drill belongs to no town and every caller sees it; an enterprise's drill, or a town
    // office's, only its town's callers (TownScope) and the district's.
    private static final String IN_SCOPE = "(town IS NULL OR " + TownScope.sqlPredicate("town") + ")";

    private final JdbcClient jdbc;

    JdbcDrills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Drill d) {
        jdbc.sql("INSERT INTO drill (" + COLUMNS + ") VALUES (:id, :enterpriseId, :department, :town, :plan, "
                + ":scenario, :heldOn, :participants, :findings::text[], :recordedBy, :createdAt)")
                .param("id", d.id()).param("enterpriseId", d.enterpriseId()).param("department", d.department())
                .param("town", d.town())
                .param("plan", d.planReference()).param("scenario", d.scenario()).param("heldOn", d.heldOn())
                .param("participants", d.participants()).param("findings", d.findings().toArray(String[]::new))
                .param("recordedBy", d.recordedBy()).param("createdAt", d.createdAt())
                .update();
    }

    @Override
    public Optional<Drill> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM drill WHERE id = :id AND " + IN_SCOPE).param("id", id)
                .param(TownScope.PARAMETER, TownScope.parameterValue()).query(JdbcDrills::map).optional();
    }

    @Override
    public Page<Drill> find(UUID enterpriseId, String department, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        String filter = " WHERE " + IN_SCOPE;
        if (enterpriseId != null) {
            filter += " AND enterprise_id = :enterpriseId";
            params.put("enterpriseId", enterpriseId);
        }
        if (department != null) {
            filter += " AND department = :department";
            params.put("department", department);
        }
        long total = jdbc.sql("SELECT count(*) FROM drill" + filter).params(params).query(Long.class).single();
        params.put("offset", page.offset());
        params.put("limit", page.size());
        List<Drill> items = total == 0 ? List.of()
                : jdbc.sql("SELECT " + COLUMNS + " FROM drill" + filter + " ORDER BY held_on DESC, id LIMIT :limit OFFSET :offset")
                        .params(params).query(JdbcDrills::map).list();
        return Page.of(items, page, total);
    }

    private static Drill map(ResultSet rs, int row) throws SQLException {
        return new Drill(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("department"), rs.getString("town"), rs.getString("plan_reference"), rs.getString("scenario"),
                rs.getObject("held_on", LocalDate.class), rs.getInt("participants"),
                List.of((String[]) rs.getArray("findings").getArray()), rs.getString("recorded_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
