package cn.gov.sucheng.worksafety.hazard.closedloop.infrastructure;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardFigures;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardPage;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.HazardQuery;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.Hazards;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.OverdueCount;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.OverdueGrouping;
import cn.gov.sucheng.worksafety.hazard.closedloop.application.StatisticsGrouping;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Handling;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Hazard;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardAction;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardEvent;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSource;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardStatus;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.HazardSummary;
import cn.gov.sucheng.worksafety.hazard.closedloop.model.Level;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHazards implements Hazards {

    private static final String COLUMNS = """
            id, enterprise_id, enterprise_name, town, industry_area, supervising_department, place, description,
            attachments, grade, source, handling, deadline, assignee, responsible_person, status, level, overdue,
            supervised, reported_by, found_at, closed_at, finding_id, inspection_id, source_ref, version, created_at,
            updated_at""";
    // Lists travel as one string split in SQL (the unit separator cannot be typed into a form), since named
    // parameters would expand a Java collection into a list of values.
    private static final String SEPARATOR = "\u001f";
    // A town-level caller's data scope, on reads and actions by id and on the counts and statistics. The list
    // narrows its town filter instead (HazardRectification#find), which keeps its indexes usable.
    private static final String IN_SCOPE = TownScope.sqlPredicate("town");
    private static final String INSERT = "INSERT INTO hazard (" + COLUMNS + """
            ) VALUES (:id, :enterpriseId, :enterpriseName, :town, :industryArea, :department, :place, :description,
            string_to_array(:attachments, E'\\x1f'), :grade, :source, :handling, :deadline, :assignee, :responsible,
            :status, :level, :overdue, :supervised, :reportedBy, :foundAt, :closedAt, :findingId, :inspectionId,
            :sourceRef, :version, :createdAt, :updatedAt)""";

    private static final String EVENT_COLUMNS =
            "INSERT INTO hazard_event (hazard_id, action, from_status, to_status, actor, reason, evidence, occurred_at)";
    /** The values after the hazard's id. */
    private static final String EVENT_VALUES =
            ":action, :from, :to, :actor, :reason, string_to_array(:evidence, E'\\x1f'), :occurredAt";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    JdbcHazards(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    @Override
    public void add(Hazard h, HazardEvent first) {
        // One statement, so one round trip to PostgreSQL and atomic without a transaction of its own.
        bind(bind(jdbc.sql("WITH added AS (" + INSERT + " RETURNING id) " + EVENT_COLUMNS
                + " SELECT id, " + EVENT_VALUES + " FROM added"), h), first).update();
    }

    @Override
    public boolean addUnlessFindingKnown(Hazard h) {
        return bind(jdbc.sql(INSERT + " ON CONFLICT (finding_id) DO NOTHING"), h).update() == 1;
    }

    @Override
    public int addAllNew(List<Hazard> hazards) {
        int[][] counts = template.batchUpdate("INSERT INTO hazard (" + COLUMNS + """
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, NULL, ?, ?, false, false, ?, ?, ?, NULL, NULL, ?,
                0, ?, ?) ON CONFLICT (source_ref) DO NOTHING""", hazards, 500, (ps, h) -> {
            ps.setObject(1, h.id());
            ps.setObject(2, h.enterpriseId());
            ps.setString(3, h.enterpriseName());
            ps.setString(4, h.town());
            ps.setString(5, h.industryArea());
            ps.setString(6, h.supervisingDepartment());
            ps.setString(7, h.place());
            ps.setString(8, h.description());
            ps.setString(9, h.grade().name());
            ps.setString(10, h.source().name());
            ps.setString(11, h.handling() == null ? null : h.handling().name());
            ps.setObject(12, h.deadline(), Types.DATE);
            ps.setString(13, h.assignee());
            ps.setString(14, h.status().name());
            ps.setString(15, h.level().name());
            ps.setString(16, h.reportedBy());
            ps.setObject(17, h.foundAt());
            ps.setObject(18, h.closedAt());
            ps.setString(19, h.sourceRef());
            ps.setObject(20, h.createdAt());
            ps.setObject(21, h.updatedAt());
        });
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).map(n -> Math.max(n, 0)).sum();
    }

    @Override
    public Optional<Hazard> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hazard WHERE id = :id AND " + IN_SCOPE).param("id", id)
                .param(TownScope.PARAMETER, TownScope.parameterValue()).query(JdbcHazards::map).optional();
    }

    @Override
    public Optional<Hazard> byFindingId(UUID findingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hazard WHERE finding_id = :id").param("id", findingId)
                .query(JdbcHazards::map).optional();
    }

    @Override
    public Optional<Hazard> lockById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hazard WHERE id = :id AND " + IN_SCOPE + " FOR UPDATE")
                .param("id", id).param(TownScope.PARAMETER, TownScope.parameterValue()).query(JdbcHazards::map)
                .optional();
    }

    @Override
    public void update(Hazard h) {
        jdbc.sql("""
                UPDATE hazard SET grade = :grade, handling = :handling, deadline = :deadline, assignee = :assignee,
                status = :status, level = :level, overdue = :overdue, supervised = :supervised, closed_at = :closedAt,
                version = :version, updated_at = :updatedAt WHERE id = :id""")
                .param("id", h.id())
                .param("grade", h.grade().name())
                .param("handling", h.handling() == null ? null : h.handling().name())
                .param("deadline", h.deadline(), Types.DATE)
                .param("assignee", h.assignee())
                .param("status", h.status().name())
                .param("level", h.level().name())
                .param("overdue", h.overdue())
                .param("supervised", h.supervised())
                .param("closedAt", h.closedAt())
                .param("version", h.version())
                .param("updatedAt", h.updatedAt())
                .update();
    }

    @Override
    public void record(HazardEvent e) {
        bind(jdbc.sql(EVENT_COLUMNS + " VALUES (:hazardId, " + EVENT_VALUES + ")"), e).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, HazardEvent e) {
        return sql.param("hazardId", e.hazardId())
                .param("action", e.action().name())
                .param("from", e.fromStatus() == null ? null : e.fromStatus().name())
                .param("to", e.toStatus().name())
                .param("actor", e.actor())
                .param("reason", e.reason())
                .param("evidence", String.join(SEPARATOR, e.evidence()))
                .param("occurredAt", e.occurredAt());
    }

    @Override
    public void recordImports(List<HazardEvent> events) {
        // A record whose sourceRef was known was not added: its fresh id matches no hazard, so it gets no entry.
        template.batchUpdate("""
                INSERT INTO hazard_event (hazard_id, action, from_status, to_status, actor, reason, occurred_at)
                SELECT ?, ?, NULL, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM hazard WHERE id = ?)""", events, 500,
                (PreparedStatement ps, HazardEvent e) -> {
                    ps.setObject(1, e.hazardId());
                    ps.setString(2, e.action().name());
                    ps.setString(3, e.toStatus().name());
                    ps.setString(4, e.actor());
                    ps.setString(5, e.reason());
                    ps.setObject(6, e.occurredAt());
                    ps.setObject(7, e.hazardId());
                });
    }

    @Override
    public Page<HazardEvent> events(UUID hazardId, PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM hazard_event WHERE hazard_id = :id").param("id", hazardId)
                .query(Long.class).single();
        List<HazardEvent> items = jdbc.sql("""
                SELECT hazard_id, action, from_status, to_status, actor, reason, evidence, occurred_at FROM hazard_event
                WHERE hazard_id = :id ORDER BY seq LIMIT :limit OFFSET :offset""")
                .param("id", hazardId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, row) -> new HazardEvent(rs.getObject("hazard_id", UUID.class),
                        HazardAction.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null : HazardStatus.valueOf(rs.getString("from_status")),
                        HazardStatus.valueOf(rs.getString("to_status")), rs.getString("actor"), rs.getString("reason"),
                        strings(rs.getArray("evidence")), rs.getObject("occurred_at", OffsetDateTime.class)))
                .list();
        return Page.of(items, page, total);
    }

    @Override
    public HazardPage<Hazard> find(HazardQuery q, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        condition(where, params, "enterprise_id", q.enterpriseId());
        condition(where, params, "town", q.town());
        condition(where, params, "industry_area", q.industryArea());
        condition(where, params, "supervising_department", q.supervisingDepartment());
        condition(where, params, "grade", q.grade() == null ? null : q.grade().name());
        condition(where, params, "status", q.status() == null ? null : q.status().name());
        condition(where, params, "source", q.source() == null ? null : q.source().name());
        condition(where, params, "overdue", q.overdue());
        if (q.foundFrom() != null) {
            where.add("found_at >= :foundFrom");
            params.put("foundFrom", q.foundFrom().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (q.foundTo() != null) {
            where.add("found_at < :foundTo");
            params.put("foundTo", q.foundTo().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        // Counted up to the cap only: an exact count of a broad filter over millions of rows costs seconds.
        params.put("cap", HazardPage.COUNT_CAP + 1);
        long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM hazard" + filter + " LIMIT :cap) capped")
                .params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Hazard> items = jdbc.sql("SELECT " + COLUMNS + " FROM hazard" + filter
                        + " ORDER BY found_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(JdbcHazards::map).list();
        boolean capped = counted > HazardPage.COUNT_CAP;
        return new HazardPage<>(items, page.page(), page.size(), capped ? HazardPage.COUNT_CAP : counted, capped);
    }

    private static void condition(List<String> where, Map<String, Object> params, String column, Object value) {
        if (value != null) {
            where.add(column + " = :" + column);
            params.put(column, value);
        }
    }

    @Override
    public HazardSummary summaryOf(UUID enterpriseId) {
        return jdbc.sql("""
                SELECT count(*) AS total,
                       count(*) FILTER (WHERE status <> 'CLOSED') AS open,
                       count(*) FILTER (WHERE status <> 'CLOSED' AND grade = 'MAJOR') AS open_major,
                       count(*) FILTER (WHERE status = 'CLOSED') AS closed,
                       count(*) FILTER (WHERE status <> 'CLOSED' AND overdue) AS overdue,
                       max(created_at) AS last_reported_at
                  FROM hazard WHERE enterprise_id = :enterpriseId""")
                .param("enterpriseId", enterpriseId)
                .query((rs, row) -> new HazardSummary(enterpriseId, rs.getLong("total"), rs.getLong("open"),
                        rs.getLong("open_major"), rs.getLong("closed"), rs.getLong("overdue"),
                        rs.getObject("last_reported_at", OffsetDateTime.class)))
                .single();
    }

    @Override
    public int escalateOverdue(LocalDate today, OffsetDateTime now, int batch) {
        // SKIP LOCKED lets instances running at once share the due hazards; "NOT overdue" in the UPDATE makes the
        // change itself idempotent, so a hazard is escalated, and its history entry written, exactly once.
        return jdbc.sql("""
                WITH due AS (
                    SELECT id FROM hazard
                     WHERE NOT overdue AND status IN ('CONFIRMED', 'RECTIFYING') AND deadline < :today
                     ORDER BY deadline LIMIT :batch FOR UPDATE SKIP LOCKED),
                escalated AS (
                    UPDATE hazard h SET overdue = true, level = 'DISTRICT', version = h.version + 1, updated_at = :now
                      FROM due WHERE h.id = due.id AND NOT h.overdue
                    RETURNING h.id, h.status, h.deadline, h.level)
                INSERT INTO hazard_event (hazard_id, action, from_status, to_status, actor, reason, occurred_at)
                SELECT id, 'ESCALATE', status, status, 'overdue escalation',
                       'deadline ' || deadline || ' passed: overdue, escalated from town to district', :now
                  FROM escalated""")
                .param("today", today)
                .param("batch", batch)
                .param("now", now)
                .update();
    }

    @Override
    public List<OverdueCount> overdueCounts(OverdueGrouping by) {
        String key = by == OverdueGrouping.TOWN ? "coalesce(town, '')" : "supervising_department";
        return jdbc.sql("SELECT " + key + " AS key, " + """
                count(*) AS overdue, count(*) FILTER (WHERE grade = 'MAJOR') AS major,
                       count(*) FILTER (WHERE level = 'DISTRICT') AS at_district
                  FROM hazard WHERE overdue AND status <> 'CLOSED' AND""" + " " + IN_SCOPE + " GROUP BY 1 ORDER BY 2 DESC, 1")
                .param(TownScope.PARAMETER, TownScope.parameterValue())
                .query((rs, row) -> new OverdueCount(rs.getString("key"), rs.getLong("overdue"), rs.getLong("major"),
                        rs.getLong("at_district")))
                .list();
    }

    @Override
    public List<HazardFigures> statistics(StatisticsGrouping by, LocalDate from, LocalDate toExclusive,
            UUID enterpriseId) {
        String key = switch (by) {
            case ENTERPRISE -> "enterprise_id::text";
            case TOWN -> "coalesce(town, '')";
            case INDUSTRY -> "coalesce(industry_area, 'OTHER')";
            case ALL -> "'ALL'";
        };
        String name = by == StatisticsGrouping.ENTERPRISE ? "max(enterprise_name)" : key;
        Map<String, Object> params = new HashMap<>();
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        params.put("from", from.atStartOfDay(clock.getZone()).toOffsetDateTime());
        params.put("to", toExclusive.atStartOfDay(clock.getZone()).toOffsetDateTime());
        String enterprise = "";
        if (enterpriseId != null) {
            enterprise = " AND enterprise_id = :enterpriseId";
            params.put("enterpriseId", enterpriseId);
        }
        return jdbc.sql("SELECT " + key + " AS key, " + name + " AS name, " + """
                count(*) AS found,
                       count(*) FILTER (WHERE status = 'CLOSED') AS fixed,
                       count(*) FILTER (WHERE overdue AND status <> 'CLOSED') AS overdue,
                       count(*) FILTER (WHERE grade = 'MAJOR') AS major
                  FROM hazard WHERE found_at >= :from AND found_at < :to AND""" + " " + IN_SCOPE + enterprise
                        + " GROUP BY 1 ORDER BY found DESC, key")
                .params(params)
                .query((rs, row) -> new HazardFigures(rs.getString("key"), rs.getString("name"), rs.getLong("found"),
                        rs.getLong("fixed"), rs.getLong("overdue"), rs.getLong("major")))
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Hazard h) {
        return sql.param("id", h.id())
                .param("enterpriseId", h.enterpriseId())
                .param("enterpriseName", h.enterpriseName())
                .param("town", h.town())
                .param("industryArea", h.industryArea())
                .param("department", h.supervisingDepartment())
                .param("place", h.place())
                .param("description", h.description())
                .param("attachments", String.join(SEPARATOR, h.attachments()))
                .param("grade", h.grade().name())
                .param("source", h.source().name())
                .param("handling", h.handling() == null ? null : h.handling().name(), Types.VARCHAR)
                .param("deadline", h.deadline(), Types.DATE)
                .param("assignee", h.assignee(), Types.VARCHAR)
                .param("responsible", h.responsiblePerson(), Types.VARCHAR)
                .param("status", h.status().name())
                .param("level", h.level().name())
                .param("overdue", h.overdue())
                .param("supervised", h.supervised())
                .param("reportedBy", h.reportedBy(), Types.VARCHAR)
                .param("foundAt", h.foundAt())
                .param("closedAt", h.closedAt(), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("findingId", h.findingId(), Types.OTHER)
                .param("inspectionId", h.inspectionId(), Types.OTHER)
                .param("sourceRef", h.sourceRef(), Types.VARCHAR)
                .param("version", h.version())
                .param("createdAt", h.createdAt())
                .param("updatedAt", h.updatedAt());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Hazard map(ResultSet rs, int row) throws SQLException {
        String handling = rs.getString("handling");
        return new Hazard(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("enterprise_name"), rs.getString("town"), rs.getString("industry_area"),
                rs.getString("supervising_department"), rs.getString("place"), rs.getString("description"),
                strings(rs.getArray("attachments")), HazardGrade.valueOf(rs.getString("grade")),
                HazardSource.valueOf(rs.getString("source")), handling == null ? null : Handling.valueOf(handling),
                rs.getObject("deadline", LocalDate.class), rs.getString("assignee"), rs.getString("responsible_person"),
                HazardStatus.valueOf(rs.getString("status")), Level.valueOf(rs.getString("level")),
                rs.getBoolean("overdue"), rs.getBoolean("supervised"), rs.getString("reported_by"),
                rs.getObject("found_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
                rs.getObject("finding_id", UUID.class), rs.getObject("inspection_id", UUID.class),
                rs.getString("source_ref"), rs.getLong("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
