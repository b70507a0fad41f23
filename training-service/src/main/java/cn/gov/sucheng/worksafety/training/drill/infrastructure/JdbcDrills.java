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
import cn.gov.sucheng.worksafety.training.drill.application.Drills;
import cn.gov.sucheng.worksafety.training.drill.model.Drill;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDrills implements Drills {

    private static final String COLUMNS = """
            id, enterprise_id, department, plan_reference, scenario, held_on, participants, findings, recorded_by,
            created_at""";

    private final JdbcClient jdbc;

    JdbcDrills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Drill d) {
        jdbc.sql("INSERT INTO drill (" + COLUMNS + ") VALUES (:id, :enterpriseId, :department, :plan, :scenario, "
                + ":heldOn, :participants, :findings::text[], :recordedBy, :createdAt)")
                .param("id", d.id()).param("enterpriseId", d.enterpriseId()).param("department", d.department())
                .param("plan", d.planReference()).param("scenario", d.scenario()).param("heldOn", d.heldOn())
                .param("participants", d.participants()).param("findings", d.findings().toArray(String[]::new))
                .param("recordedBy", d.recordedBy()).param("createdAt", d.createdAt())
                .update();
    }

    @Override
    public Optional<Drill> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM drill WHERE id = :id").param("id", id)
                .query(JdbcDrills::map).optional();
    }

    @Override
    public Page<Drill> find(UUID enterpriseId, String department, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String filter = " WHERE true";
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
                rs.getString("department"), rs.getString("plan_reference"), rs.getString("scenario"),
                rs.getObject("held_on", LocalDate.class), rs.getInt("participants"),
                List.of((String[]) rs.getArray("findings").getArray()), rs.getString("recorded_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
