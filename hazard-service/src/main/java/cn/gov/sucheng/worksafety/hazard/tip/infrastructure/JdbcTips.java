package cn.gov.sucheng.worksafety.hazard.tip.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.tip.application.Tips;
import cn.gov.sucheng.worksafety.hazard.tip.model.RewardDecision;
import cn.gov.sucheng.worksafety.hazard.tip.model.Tip;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTips implements Tips {

    // A town-level caller's data scope: the tip's hazard is in its town.
    private static final String IN_SCOPE = "EXISTS (SELECT 1 FROM hazard h WHERE h.id = tip.hazard_id AND "
            + TownScope.sqlPredicate("h.town") + ")";

    private static final String COLUMNS = """
            id, hazard_id, anonymous, tipster_name, tipster_phone, reward_decision, reward_amount, decided_by,
            decision_reason, decided_at, version, created_at""";

    private final JdbcClient jdbc;

    JdbcTips(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Tip t) {
        jdbc.sql("INSERT INTO tip (" + COLUMNS + """
                ) VALUES (:id, :hazardId, :anonymous, :name, :phone, :decision, NULL, NULL, NULL, NULL, :version,
                :createdAt)""")
                .param("id", t.id()).param("hazardId", t.hazardId()).param("anonymous", t.anonymous())
                .param("name", t.tipsterName(), Types.VARCHAR).param("phone", t.tipsterPhone(), Types.VARCHAR)
                .param("decision", t.rewardDecision().name()).param("version", t.version())
                .param("createdAt", t.createdAt()).update();
    }

    @Override
    public Optional<Tip> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tip WHERE id = :id AND " + IN_SCOPE).param("id", id)
                .param(TownScope.PARAMETER, TownScope.parameterValue()).query(JdbcTips::map)
                .optional();
    }

    @Override
    public Optional<Tip> lockById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tip WHERE id = :id AND " + IN_SCOPE + " FOR UPDATE")
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcTips::map).optional();
    }

    @Override
    public void update(Tip t) {
        jdbc.sql("""
                UPDATE tip SET reward_decision = :decision, reward_amount = :amount, decided_by = :by,
                decision_reason = :reason, decided_at = :at, version = :version WHERE id = :id""")
                .param("id", t.id()).param("decision", t.rewardDecision().name())
                .param("amount", t.rewardAmountCny(), Types.NUMERIC).param("by", t.decidedBy())
                .param("reason", t.decisionReason(), Types.VARCHAR).param("at", t.decidedAt())
                .param("version", t.version()).update();
    }

    @Override
    public Page<Tip> find(RewardDecision decision, PageRequest page) {
        String filter = " WHERE " + IN_SCOPE + (decision == null ? "" : " AND reward_decision = :decision");
        var count = jdbc.sql("SELECT count(*) FROM tip" + filter).param(TownScope.PARAMETER,
                TownScope.parameterValue());
        var list = jdbc.sql("SELECT " + COLUMNS + " FROM tip" + filter
                + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset").param(TownScope.PARAMETER,
                TownScope.parameterValue());
        if (decision != null) {
            count = count.param("decision", decision.name());
            list = list.param("decision", decision.name());
        }
        long total = count.query(Long.class).single();
        List<Tip> items = list.param("limit", page.size()).param("offset", page.offset()).query(JdbcTips::map).list();
        return Page.of(items, page, total);
    }

    private static Tip map(ResultSet rs, int row) throws SQLException {
        return new Tip(rs.getObject("id", UUID.class), rs.getObject("hazard_id", UUID.class),
                rs.getBoolean("anonymous"), rs.getString("tipster_name"), rs.getString("tipster_phone"),
                RewardDecision.valueOf(rs.getString("reward_decision")), rs.getBigDecimal("reward_amount"),
                rs.getString("decided_by"), rs.getString("decision_reason"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
