package cn.gov.sucheng.worksafety.enterprise.credit.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enterprise.credit.application.CreditEventFilter;
import cn.gov.sucheng.worksafety.enterprise.credit.application.CreditEvents;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEvent;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventSource;
import cn.gov.sucheng.worksafety.enterprise.credit.model.CreditEventState;
import cn.gov.sucheng.worksafety.enterprise.credit.model.Lifting;
import cn.gov.sucheng.worksafety.enterprise.registry.infrastructure.EnterpriseSql;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Credit events in PostgreSQL. The state filters ({@link CreditStateSql}) restate {@link CreditEvent#stateOn} in
 * SQL so that a page and its total are counted in the database; the API tests hold the two together.
 */
@Repository
class JdbcCreditEvents implements CreditEvents {

    // A town-level caller (TownScope) finds and changes only what belongs to its town's enterprises.
    private static final String IN_SCOPE = EnterpriseSql.inCallersTown("enterprise_id");

    private static final String COLUMNS = """
            id, enterprise_id, kind, source, outcome_id, reason, source_case, start_date, end_date, recorded_by,
            recorded_at, lifted_on, lifted_at, lift_reason, lifted_by, version""";
    private static final String INSERT = "INSERT INTO credit_event (" + COLUMNS + """
            ) VALUES (:id, :enterpriseId, :kind, :source, :outcomeId, :reason, :sourceCase, :startDate, :endDate,
            :recordedBy, :recordedAt, NULL, NULL, NULL, NULL, 0)""";
    private static final String ORDER = " ORDER BY start_date DESC, recorded_at DESC, id";

    private final JdbcClient jdbc;

    JdbcCreditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(CreditEvent event) {
        insert(INSERT, event);
    }

    @Override
    public boolean addUnlessRecorded(CreditEvent event) {
        return insert(INSERT + " ON CONFLICT (source, outcome_id) DO NOTHING", event) == 1;
    }

    private int insert(String sql, CreditEvent e) {
        return jdbc.sql(sql)
                .param("id", e.id())
                .param("enterpriseId", e.enterpriseId())
                .param("kind", e.kind().name())
                .param("source", e.source().name())
                .param("outcomeId", e.outcomeId())
                .param("reason", e.reason())
                .param("sourceCase", e.sourceCase())
                .param("startDate", e.startDate())
                .param("endDate", e.endDate())
                .param("recordedBy", e.recordedBy())
                .param("recordedAt", e.recordedAt())
                .update();
    }

    @Override
    public Optional<CreditEvent> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_event WHERE id = :id AND " + IN_SCOPE)
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcCreditEvents::map)
                .optional();
    }

    @Override
    public Optional<CreditEvent> byOutcome(CreditEventSource source, String outcomeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_event WHERE source = :source AND outcome_id = :outcomeId")
                .param("source", source.name())
                .param("outcomeId", outcomeId)
                .query(JdbcCreditEvents::map)
                .optional();
    }

    @Override
    public Page<CreditEvent> find(CreditEventFilter filter, LocalDate today, PageRequest page) {
        Where where = where(filter, today);
        long total = jdbc.sql("SELECT count(*) FROM credit_event" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        List<CreditEvent> items = jdbc.sql("SELECT " + COLUMNS + " FROM credit_event" + where.sql + ORDER
                        + " LIMIT :limit OFFSET :offset")
                .params(where.params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcCreditEvents::map)
                .list();
        return Page.of(items, page, total);
    }

    @Override
    public List<CreditEvent> ofEnterprise(UUID enterpriseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_event WHERE enterprise_id = :enterpriseId" + ORDER)
                .param("enterpriseId", enterpriseId)
                .query(JdbcCreditEvents::map)
                .list();
    }

    @Override
    public boolean anyInForce(UUID enterpriseId, CreditEventKind kind, LocalDate day) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM credit_event WHERE enterprise_id = :enterpriseId AND kind = :kind AND "
                + CreditStateSql.condition(CreditEventState.ACTIVE, "", ":day") + ")")
                .param("enterpriseId", enterpriseId)
                .param("kind", kind.name())
                .param("day", day)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<CreditEvent> lockById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_event WHERE id = :id AND " + IN_SCOPE + " FOR UPDATE")
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcCreditEvents::map)
                .optional();
    }

    @Override
    public void lift(CreditEvent lifted) {
        Lifting lifting = lifted.lifting();
        jdbc.sql("""
                UPDATE credit_event SET lifted_on = :liftedOn, lifted_at = :liftedAt, lift_reason = :reason,
                lifted_by = :liftedBy, version = :version WHERE id = :id""")
                .param("id", lifted.id())
                .param("version", lifted.version())
                .param("liftedOn", lifting.liftedOn())
                .param("liftedAt", lifting.liftedAt())
                .param("reason", lifting.reason())
                .param("liftedBy", lifting.liftedBy())
                .update();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(CreditEventFilter filter, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        conditions.add(IN_SCOPE);
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (filter.enterpriseId() != null) {
            conditions.add("enterprise_id = :enterpriseId");
            params.put("enterpriseId", filter.enterpriseId());
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.state() != null) {
            conditions.add(CreditStateSql.condition(filter.state(), "", ":today"));
            params.put("today", today);
        }
        if (filter.activeOn() != null) {
            conditions.add(CreditStateSql.condition(CreditEventState.ACTIVE, "", ":activeOn"));
            params.put("activeOn", filter.activeOn());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static CreditEvent map(ResultSet rs, int row) throws SQLException {
        LocalDate liftedOn = rs.getObject("lifted_on", LocalDate.class);
        Lifting lifting = liftedOn == null ? null : new Lifting(liftedOn,
                rs.getObject("lifted_at", OffsetDateTime.class), rs.getString("lift_reason"), rs.getString("lifted_by"));
        return new CreditEvent(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                CreditEventKind.valueOf(rs.getString("kind")), CreditEventSource.valueOf(rs.getString("source")),
                rs.getString("outcome_id"), rs.getString("reason"), rs.getString("source_case"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class), lifting,
                rs.getLong("version"));
    }
}
