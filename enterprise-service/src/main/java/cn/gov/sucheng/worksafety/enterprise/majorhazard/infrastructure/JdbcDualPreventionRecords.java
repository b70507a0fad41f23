package cn.gov.sucheng.worksafety.enterprise.majorhazard.infrastructure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.majorhazard.application.DualPreventionRecords;
import cn.gov.sucheng.worksafety.enterprise.majorhazard.model.DualPrevention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDualPreventionRecords implements DualPreventionRecords {

    private final JdbcClient jdbc;

    JdbcDualPreventionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DualPrevention.Change> history(UUID enterpriseId) {
        return jdbc.sql("""
                SELECT built, changed_by, changed_at FROM dual_prevention_change
                WHERE enterprise_id = :id ORDER BY seq""")
                .param("id", enterpriseId)
                .query((rs, n) -> new DualPrevention.Change(rs.getBoolean("built"), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    @Override
    public void append(UUID enterpriseId, DualPrevention.Change change) {
        jdbc.sql("""
                INSERT INTO dual_prevention_change (enterprise_id, built, changed_by, changed_at)
                VALUES (:id, :built, :by, :at)""")
                .param("id", enterpriseId)
                .param("built", change.built())
                .param("by", change.changedBy())
                .param("at", change.changedAt())
                .update();
    }
}
