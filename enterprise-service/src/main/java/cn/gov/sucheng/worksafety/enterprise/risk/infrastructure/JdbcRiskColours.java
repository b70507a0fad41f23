package cn.gov.sucheng.worksafety.enterprise.risk.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.risk.application.RiskColours;
import cn.gov.sucheng.worksafety.enterprise.registry.model.RiskColour;
import cn.gov.sucheng.worksafety.enterprise.risk.model.RiskColourChange;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRiskColours implements RiskColours {

    private static final String CHANGE_COLUMNS = "enterprise_id, colour, previous_colour, reason, changed_by, changed_at";

    private final JdbcClient jdbc;

    JdbcRiskColours(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RiskColourChange> latest(UUID enterpriseId) {
        return jdbc.sql("SELECT " + CHANGE_COLUMNS
                + " FROM risk_colour_change WHERE enterprise_id = :id ORDER BY seq DESC LIMIT 1")
                .param("id", enterpriseId).query(JdbcRiskColours::mapChange).optional();
    }

    @Override
    public void append(RiskColourChange change) {
        jdbc.sql("INSERT INTO risk_colour_change (" + CHANGE_COLUMNS
                + ") VALUES (:id, :colour, :previous, :reason, :by, :at)")
                .param("id", change.enterpriseId())
                .param("colour", change.colour().name())
                .param("previous", change.previousColour() == null ? null : change.previousColour().name())
                .param("reason", change.reason())
                .param("by", change.changedBy())
                .param("at", change.changedAt())
                .update();
    }

    @Override
    public Page<RiskColourChange> history(UUID enterpriseId, PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM risk_colour_change WHERE enterprise_id = :id")
                .param("id", enterpriseId).query(Long.class).single();
        List<RiskColourChange> items = jdbc.sql("SELECT " + CHANGE_COLUMNS
                + " FROM risk_colour_change WHERE enterprise_id = :id ORDER BY seq DESC OFFSET :offset LIMIT :limit")
                .param("id", enterpriseId).param("offset", page.offset()).param("limit", page.size())
                .query(JdbcRiskColours::mapChange).list();
        return Page.of(items, page, total);
    }

    private static RiskColourChange mapChange(ResultSet rs, int row) throws SQLException {
        return new RiskColourChange(rs.getObject("enterprise_id", UUID.class), RiskColour.valueOf(rs.getString("colour")),
                colour(rs.getString("previous_colour")), rs.getString("reason"), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class));
    }

    private static RiskColour colour(String stored) {
        return stored == null ? null : RiskColour.valueOf(stored);
    }
}
