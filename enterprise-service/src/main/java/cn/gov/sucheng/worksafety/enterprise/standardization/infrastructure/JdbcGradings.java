package cn.gov.sucheng.worksafety.enterprise.standardization.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.gov.sucheng.worksafety.enterprise.registry.infrastructure.EnterpriseSql;
import cn.gov.sucheng.worksafety.enterprise.standardization.application.GradingFilter;
import cn.gov.sucheng.worksafety.enterprise.standardization.application.Gradings;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.Element;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.ElementScores;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.Grade;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingEvent;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingEventKind;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.GradingStatus;
import cn.gov.sucheng.worksafety.enterprise.standardization.model.StandardizationGrading;
import cn.gov.sucheng.worksafety.platform.domain.ConflictException;
import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcGradings implements Gradings {

    // A town-level caller (TownScope) finds and changes only what belongs to its town's enterprises.
    private static final String IN_SCOPE = EnterpriseSql.inCallersTown("enterprise_id");

    private static final String COLUMNS = "id, enterprise_id, awarded_grade, grade, awarded_on, awarding_body, valid_until, "
            + "status, " + scoreColumns() + ", version, created_at, updated_at";
    private static final String LIVE = GradingStateSql.live("");

    private final JdbcClient jdbc;

    JdbcGradings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(StandardizationGrading g) {
        String scoreParams = Arrays.stream(Element.values()).map(e -> ":" + e.name())
                .collect(Collectors.joining(", "));
        JdbcClient.StatementSpec insert = jdbc.sql("INSERT INTO standardization_grading (" + COLUMNS + """
                ) VALUES (:id, :enterpriseId, :awardedGrade, :grade, :awardedOn, :awardingBody, :validUntil,
                :status, """ + scoreParams + ", :version, :createdAt, :updatedAt)")
                .param("id", g.id())
                .param("enterpriseId", g.enterpriseId())
                .param("awardedGrade", g.awardedGrade().level())
                .param("grade", g.grade().level())
                .param("awardedOn", g.awardedOn())
                .param("awardingBody", g.awardingBody())
                .param("validUntil", g.validUntil())
                .param("status", g.status().name())
                .param("version", g.version())
                .param("createdAt", g.createdAt())
                .param("updatedAt", g.updatedAt());
        for (Element element : Element.values()) {
            insert = insert.param(element.name(), g.elementScores().of(element));
        }
        try {
            insert.update();
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("enterprise " + g.enterpriseId()
                    + " was awarded another grading at the same time; read its current grading and try again");
        }
        g.history().forEach(event -> append(g.id(), event));
    }

    @Override
    public void update(StandardizationGrading g, GradingEvent event) {
        jdbc.sql("""
                UPDATE standardization_grading SET grade = :grade, status = :status, version = :version,
                updated_at = :updatedAt WHERE id = :id""")
                .param("grade", g.grade().level())
                .param("version", g.version())
                .param("status", g.status().name())
                .param("updatedAt", g.updatedAt())
                .param("id", g.id())
                .update();
        append(g.id(), event);
    }

    @Override
    public Optional<StandardizationGrading> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM standardization_grading WHERE id = :id AND " + IN_SCOPE, "id", id);
    }

    @Override
    public Optional<StandardizationGrading> lockById(UUID id) {
        return one("SELECT " + COLUMNS + " FROM standardization_grading WHERE id = :id AND " + IN_SCOPE + " FOR UPDATE",
                "id", id);
    }

    @Override
    public Optional<StandardizationGrading> lockLiveOf(UUID enterpriseId) {
        return one("SELECT " + COLUMNS + " FROM standardization_grading WHERE enterprise_id = :enterpriseId AND "
                + LIVE + " FOR UPDATE", "enterpriseId", enterpriseId);
    }

    @Override
    public Optional<StandardizationGrading> liveOf(UUID enterpriseId) {
        return one("SELECT " + COLUMNS + " FROM standardization_grading WHERE enterprise_id = :enterpriseId AND " + LIVE,
                "enterpriseId", enterpriseId);
    }

    @Override
    public Page<StandardizationGrading> find(GradingFilter filter, LocalDate today, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        conditions.add(IN_SCOPE);
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        if (filter.enterpriseId() != null) {
            conditions.add("enterprise_id = :enterpriseId");
            params.put("enterpriseId", filter.enterpriseId());
        }
        if (filter.grade() != null) {
            conditions.add("grade = :grade");
            params.put("grade", filter.grade().level());
        }
        if (filter.state() != null) {
            conditions.add(GradingStateSql.condition(filter.state(), "", ":today"));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM standardization_grading" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM standardization_grading" + where
                        + " ORDER BY awarded_on DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcGradings::row)
                .list();
        return Page.of(withHistory(rows), page, total);
    }

    private Optional<StandardizationGrading> one(String sql, String name, UUID value) {
        return jdbc.sql(sql).param(name, value).param(TownScope.PARAMETER, TownScope.parameterValue())
                .query(JdbcGradings::row).optional()
                .map(row -> withHistory(List.of(row)).get(0));
    }

    private void append(UUID gradingId, GradingEvent e) {
        jdbc.sql("""
                INSERT INTO standardization_grading_event (grading_id, kind, from_grade, to_grade, reason, actor, occurred_at)
                VALUES (:gradingId, :kind, :fromGrade, :toGrade, :reason, :actor, :occurredAt)""")
                .param("gradingId", gradingId)
                .param("kind", e.kind().name())
                .param("fromGrade", e.fromGrade() == null ? null : e.fromGrade().level(), Types.SMALLINT)
                .param("toGrade", e.toGrade() == null ? null : e.toGrade().level(), Types.SMALLINT)
                .param("reason", e.reason())
                .param("actor", e.actor())
                .param("occurredAt", e.occurredAt())
                .update();
    }

    // Loads the histories of a page of gradings in one query rather than one per grading.
    private List<StandardizationGrading> withHistory(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<GradingEvent>> histories = new LinkedHashMap<>();
        rows.forEach(row -> histories.put(row.id(), new ArrayList<>()));
        jdbc.sql("""
                SELECT grading_id, kind, from_grade, to_grade, reason, actor, occurred_at
                FROM standardization_grading_event WHERE grading_id = ANY(:ids) ORDER BY id""")
                .param("ids", histories.keySet().toArray(UUID[]::new))
                .query(rs -> {
                    histories.get(rs.getObject("grading_id", UUID.class)).add(event(rs));
                });
        return rows.stream().map(row -> row.with(histories.get(row.id()))).toList();
    }

    private static GradingEvent event(ResultSet rs) throws SQLException {
        return new GradingEvent(GradingEventKind.valueOf(rs.getString("kind")), grade(rs, "from_grade"),
                grade(rs, "to_grade"), rs.getString("reason"), rs.getString("actor"),
                rs.getObject("occurred_at", OffsetDateTime.class));
    }

    private static Grade grade(ResultSet rs, String column) throws SQLException {
        int level = rs.getInt(column);
        return rs.wasNull() ? null : Grade.of(level);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Map<Element, Integer> scores = new EnumMap<>(Element.class);
        for (Element element : Element.values()) {
            scores.put(element, rs.getInt(scoreColumn(element)));
        }
        return new Row(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                Grade.of(rs.getInt("awarded_grade")), Grade.of(rs.getInt("grade")),
                rs.getObject("awarded_on", LocalDate.class), rs.getString("awarding_body"),
                rs.getObject("valid_until", LocalDate.class), new ElementScores(scores),
                GradingStatus.valueOf(rs.getString("status")), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static String scoreColumn(Element element) {
        return "score_" + element.name().toLowerCase();
    }

    private static String scoreColumns() {
        return Arrays.stream(Element.values()).map(JdbcGradings::scoreColumn)
                .collect(Collectors.joining(", "));
    }

    // A grading row before its history is attached.
    private record Row(UUID id, UUID enterpriseId, Grade awardedGrade, Grade grade, LocalDate awardedOn,
            String awardingBody, LocalDate validUntil, ElementScores scores, GradingStatus status, long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        StandardizationGrading with(List<GradingEvent> history) {
            return new StandardizationGrading(id, enterpriseId, awardedGrade, grade, awardedOn, awardingBody,
                    validUntil, scores, status, history, version, createdAt, updatedAt);
        }
    }
}
