package cn.gov.sucheng.worksafety.enterprise.majorhazard.infrastructure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
    public Optional<List<DualPrevention.Change>> history(UUID enterpriseId) {
        return history(enterpriseId, "SELECT id FROM enterprise WHERE id = :id AND NOT deleted");
    }

    @Override
    public Optional<List<DualPrevention.Change>> historyForUpdate(UUID enterpriseId) {
        // Locking the enterprise row serialises concurrent changes of its flag.
        return history(enterpriseId, "SELECT id FROM enterprise WHERE id = :id AND NOT deleted FOR UPDATE");
    }

    @Override
    public void append(UUID enterpriseId, DualPrevention.Change change) {
        jdbc.sql("UPDATE enterprise SET dual_prevention_built = :built WHERE id = :id")
                .param("built", change.built()).param("id", enterpriseId).update();
        jdbc.sql("""
                INSERT INTO dual_prevention_change (enterprise_id, built, changed_by, changed_at)
                VALUES (:id, :built, :by, :at)""")
                .param("id", enterpriseId)
                .param("built", change.built())
                .param("by", change.changedBy())
                .param("at", change.changedAt())
                .update();
    }

    private Optional<List<DualPrevention.Change>> history(UUID enterpriseId, String enterpriseQuery) {
        if (jdbc.sql(enterpriseQuery).param("id", enterpriseId).query(UUID.class).optional().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                SELECT built, changed_by, changed_at FROM dual_prevention_change
                WHERE enterprise_id = :id ORDER BY seq""")
                .param("id", enterpriseId)
                .query((rs, n) -> new DualPrevention.Change(rs.getBoolean("built"), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list());
    }
}
