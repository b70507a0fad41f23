package cn.gov.sucheng.worksafety.hazard.reporting.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.reporting.application.Hazards;
import cn.gov.sucheng.worksafety.hazard.reporting.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardSource;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardStatus;
import cn.gov.sucheng.worksafety.hazard.reporting.model.HazardSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHazards implements Hazards {

    private static final String COLUMNS = """
            id, enterprise_id, enterprise_name, supervising_department, description, grade, source, status,
            reported_by, found_at, version, created_at, updated_at""";

    private final JdbcClient jdbc;

    JdbcHazards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Hazard h) {
        jdbc.sql("INSERT INTO hazard (" + COLUMNS + """
                ) VALUES (:id, :enterpriseId, :enterpriseName, :department, :description, :grade, :source, :status,
                :reportedBy, :foundAt, :version, :createdAt, :updatedAt)""")
                .param("id", h.id())
                .param("enterpriseId", h.enterpriseId())
                .param("enterpriseName", h.enterpriseName())
                .param("department", h.supervisingDepartment())
                .param("description", h.description())
                .param("grade", h.grade().name())
                .param("source", h.source().name())
                .param("status", h.status().name())
                .param("reportedBy", h.reportedBy())
                .param("foundAt", h.foundAt())
                .param("version", h.version())
                .param("createdAt", h.createdAt())
                .param("updatedAt", h.updatedAt())
                .update();
    }

    @Override
    public Optional<Hazard> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hazard WHERE id = :id").param("id", id).query(JdbcHazards::map)
                .optional();
    }

    @Override
    public HazardSummary summaryOf(UUID enterpriseId) {
        return jdbc.sql("""
                SELECT count(*) AS total,
                       count(*) FILTER (WHERE status <> 'CLOSED') AS open,
                       count(*) FILTER (WHERE status <> 'CLOSED' AND grade = 'MAJOR') AS open_major,
                       count(*) FILTER (WHERE status = 'CLOSED') AS closed,
                       max(created_at) AS last_reported_at
                  FROM hazard WHERE enterprise_id = :enterpriseId""")
                .param("enterpriseId", enterpriseId)
                .query((rs, row) -> new HazardSummary(enterpriseId, rs.getLong("total"), rs.getLong("open"),
                        rs.getLong("open_major"), rs.getLong("closed"),
                        rs.getObject("last_reported_at", OffsetDateTime.class)))
                .single();
    }

    private static Hazard map(ResultSet rs, int row) throws SQLException {
        return new Hazard(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("enterprise_name"), rs.getString("supervising_department"), rs.getString("description"),
                HazardGrade.valueOf(rs.getString("grade")), HazardSource.valueOf(rs.getString("source")),
                HazardStatus.valueOf(rs.getString("status")), rs.getString("reported_by"),
                rs.getObject("found_at", OffsetDateTime.class), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
