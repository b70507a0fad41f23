package cn.gov.sucheng.worksafety.hazard.accident.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.accident.application.AccidentFigures;
import cn.gov.sucheng.worksafety.hazard.accident.application.AccidentQuery;
import cn.gov.sucheng.worksafety.hazard.accident.application.Accidents;
import cn.gov.sucheng.worksafety.hazard.accident.application.YearTotals;
import cn.gov.sucheng.worksafety.hazard.accident.model.Accident;
import cn.gov.sucheng.worksafety.hazard.accident.model.AccidentKind;
import cn.gov.sucheng.worksafety.hazard.accident.model.Investigation;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccidents implements Accidents {

    private static final String COLUMNS = """
            id, kind, occurred_at, reported_at, enterprise_id, enterprise_name, town, industry_area, place, description,
            deaths, injuries, direct_loss_cny, late_report, concealed, investigation, source_ref, version, created_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAccidents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean add(Accident a) {
        return jdbc.sql("INSERT INTO accident (" + COLUMNS + """
                ) VALUES (:id, :kind, :occurredAt, :reportedAt, :enterpriseId, :enterpriseName, :town, :industryArea, :place,
                :description, :deaths, :injuries, :loss, :late, :concealed, :investigation, :sourceRef, :version,
                :createdAt) ON CONFLICT (source_ref) DO NOTHING""")
                .param("id", a.id())
                .param("kind", a.kind().name())
                .param("occurredAt", a.occurredAt())
                .param("reportedAt", a.reportedAt())
                .param("enterpriseId", a.enterpriseId(), Types.OTHER)
                .param("enterpriseName", a.enterpriseName(), Types.VARCHAR)
                .param("town", a.town(), Types.VARCHAR)
                .param("industryArea", a.industryArea())
                .param("place", a.place())
                .param("description", a.description())
                .param("deaths", a.deaths())
                .param("injuries", a.injuries())
                .param("loss", a.directLossCny())
                .param("late", a.lateReport())
                .param("concealed", a.concealed())
                .param("investigation", a.investigation().name())
                .param("sourceRef", a.sourceRef(), Types.VARCHAR)
                .param("version", a.version())
                .param("createdAt", a.createdAt())
                .update() == 1;
    }

    @Override
    public Optional<Accident> bySourceRef(String sourceRef) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accident WHERE source_ref = :ref AND "
                        + TownScope.sqlPredicate("town"))
                .param("ref", sourceRef).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcAccidents::map).optional();
    }

    @Override
    public Optional<Accident> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accident WHERE id = :id AND " + TownScope.sqlPredicate("town"))
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue()).query(JdbcAccidents::map)
                .optional();
    }

    @Override
    public Optional<Accident> lockById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accident WHERE id = :id AND " + TownScope.sqlPredicate("town")
                        + " FOR UPDATE")
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue()).query(JdbcAccidents::map)
                .optional();
    }

    @Override
    public void update(Accident a) {
        jdbc.sql("UPDATE accident SET investigation = :investigation, version = :version WHERE id = :id")
                .param("id", a.id()).param("investigation", a.investigation().name()).param("version", a.version())
                .update();
    }

    @Override
    public Page<Accident> find(AccidentQuery q, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        // A town-level caller's data scope: accidents of its town only.
        where.add(TownScope.sqlPredicate("town"));
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (q.year() != null) {
            where.add("occurred_at >= :from AND occurred_at < :to");
            params.put("from", startOf(q.year()));
            params.put("to", startOf(q.year() + 1));
        }
        if (q.enterpriseId() != null) {
            where.add("enterprise_id = :enterpriseId");
            params.put("enterpriseId", q.enterpriseId());
        }
        if (q.industryArea() != null) {
            where.add("industry_area = :industryArea");
            params.put("industryArea", q.industryArea());
        }
        if (q.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.lateOrConcealed() != null) {
            where.add((q.lateOrConcealed() ? "" : "NOT ") + "(late_report OR concealed)");
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM accident" + filter).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Accident> items = jdbc.sql("SELECT " + COLUMNS + " FROM accident" + filter
                + " ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset").params(params)
                .query(JdbcAccidents::map).list();
        return Page.of(items, page, total);
    }

    @Override
    public AccidentFigures figuresOf(UUID enterpriseId) {
        return jdbc.sql("""
                SELECT count(*) AS accidents, coalesce(sum(deaths), 0) AS deaths FROM accident
                 WHERE enterprise_id = :id AND kind = 'ACCIDENT'""")
                .param("id", enterpriseId)
                .query((rs, row) -> new AccidentFigures(rs.getLong("accidents"), rs.getLong("deaths"))).single();
    }

    @Override
    public YearTotals totalsOf(int year) {
        return jdbc.sql("""
                SELECT count(*) AS accidents, coalesce(sum(deaths), 0) AS deaths,
                       coalesce(sum(deaths) FILTER (WHERE industry_area NOT IN
                           ('ROAD_TRANSPORT', 'WATER_TRANSPORT', 'FIRE_SAFETY')), 0) AS industry_trade,
                       coalesce(sum(deaths) FILTER (WHERE industry_area = 'ROAD_TRANSPORT'), 0) AS road,
                       coalesce(sum(deaths) FILTER (WHERE industry_area = 'CONSTRUCTION'), 0) AS construction
                  FROM accident WHERE kind = 'ACCIDENT' AND occurred_at >= :from AND occurred_at < :to""")
                .param("from", startOf(year))
                .param("to", startOf(year + 1))
                .query((rs, row) -> new YearTotals(year, rs.getLong("accidents"), rs.getLong("deaths"),
                        rs.getLong("industry_trade"), rs.getLong("road"), rs.getLong("construction")))
                .single();
    }

    private OffsetDateTime startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private static Accident map(ResultSet rs, int row) throws SQLException {
        return new Accident(rs.getObject("id", UUID.class), AccidentKind.valueOf(rs.getString("kind")),
                rs.getObject("occurred_at", OffsetDateTime.class), rs.getObject("reported_at", OffsetDateTime.class),
                rs.getObject("enterprise_id", UUID.class), rs.getString("enterprise_name"),
                rs.getString("town"), rs.getString("industry_area"), rs.getString("place"), rs.getString("description"), rs.getInt("deaths"),
                rs.getInt("injuries"), rs.getBigDecimal("direct_loss_cny"), rs.getBoolean("late_report"),
                rs.getBoolean("concealed"), Investigation.valueOf(rs.getString("investigation")),
                rs.getString("source_ref"), rs.getLong("version"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
