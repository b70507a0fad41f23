package cn.gov.sucheng.worksafety.training.session.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;
import cn.gov.sucheng.worksafety.training.session.application.TrainingSessions;
import cn.gov.sucheng.worksafety.training.session.model.TrainingKind;
import cn.gov.sucheng.worksafety.training.session.model.TrainingSession;
import cn.gov.sucheng.worksafety.training.trainee.infrastructure.TraineeTownScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A session is the district's, visible to every caller; its attendance is about people, so a town-level caller
 * (TownScope) sees only its town's attendees and cannot find sessions by another town's person or enterprise.
 */
@Repository
class JdbcTrainingSessions implements TrainingSessions {

    private static final String ATTENDEE_IN_SCOPE = TraineeTownScope.of("a.trainee_id");

    private static final String COLUMNS = """
            s.id, s.title, s.kind, s.held_on, s.hours, s.provider, s.recorded_by, s.created_at,
            ARRAY(SELECT a.trainee_id FROM training_attendance a WHERE a.session_id = s.id AND %s
                  ORDER BY a.trainee_id) AS attendees""".formatted(ATTENDEE_IN_SCOPE);

    private final JdbcClient jdbc;

    JdbcTrainingSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(TrainingSession s) {
        jdbc.sql("""
                INSERT INTO training_session (id, title, kind, held_on, hours, provider, recorded_by, created_at)
                VALUES (:id, :title, :kind, :heldOn, :hours, :provider, :recordedBy, :createdAt)""")
                .param("id", s.id()).param("title", s.title()).param("kind", s.kind().name())
                .param("heldOn", s.heldOn()).param("hours", s.hours()).param("provider", s.provider())
                .param("recordedBy", s.recordedBy()).param("createdAt", s.createdAt())
                .update();
        jdbc.sql("INSERT INTO training_attendance (session_id, trainee_id) SELECT :id, unnest(:trainees::uuid[])")
                .param("id", s.id())
                .param("trainees", s.attendeeIds().stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    @Override
    public Optional<TrainingSession> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_session s WHERE s.id = :id").param("id", id)
                .param(TownScope.PARAMETER, TownScope.parameterValue()).query(JdbcTrainingSessions::map).optional();
    }

    @Override
    public Page<TrainingSession> find(UUID traineeId, UUID enterpriseId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        String filter = " WHERE true";
        if (traineeId != null) {
            filter += " AND EXISTS (SELECT 1 FROM training_attendance a WHERE a.session_id = s.id"
                    + " AND a.trainee_id = :traineeId AND " + ATTENDEE_IN_SCOPE + ")";
            params.put("traineeId", traineeId);
        }
        if (enterpriseId != null) {
            filter += " AND EXISTS (SELECT 1 FROM training_attendance a JOIN trainee t ON t.id = a.trainee_id"
                    + " WHERE a.session_id = s.id AND t.enterprise_id = :enterpriseId AND "
                    + TownScope.sqlPredicate("t.town") + ")";
            params.put("enterpriseId", enterpriseId);
        }
        long total = jdbc.sql("SELECT count(*) FROM training_session s" + filter).params(params).query(Long.class)
                .single();
        params.put("offset", page.offset());
        params.put("limit", page.size());
        List<TrainingSession> items = total == 0 ? List.of()
                : jdbc.sql("SELECT " + COLUMNS + " FROM training_session s" + filter
                        + " ORDER BY s.held_on DESC, s.id LIMIT :limit OFFSET :offset")
                        .params(params).query(JdbcTrainingSessions::map).list();
        return Page.of(items, page, total);
    }

    @Override
    public Map<UUID, Hours> hoursOf(Collection<UUID> traineeIds, int year) {
        Map<UUID, Hours> hours = new HashMap<>();
        if (traineeIds.isEmpty()) {
            return hours;
        }
        jdbc.sql("""
                SELECT a.trainee_id,
                       coalesce(sum(s.hours) FILTER (WHERE s.kind = 'INITIAL'), 0) AS initial,
                       coalesce(sum(s.hours) FILTER (WHERE s.kind = 'REFRESHER'
                                AND s.held_on BETWEEN :firstDay AND :lastDay), 0) AS refresher
                FROM training_attendance a JOIN training_session s ON s.id = a.session_id
                WHERE a.trainee_id IN (:ids) GROUP BY a.trainee_id""")
                .param("ids", traineeIds)
                .param("firstDay", LocalDate.of(year, 1, 1))
                .param("lastDay", LocalDate.of(year, 12, 31))
                .query((rs, row) -> hours.put(rs.getObject("trainee_id", UUID.class),
                        new Hours(rs.getInt("initial"), rs.getInt("refresher"))))
                .list();
        return hours;
    }

    private static TrainingSession map(ResultSet rs, int row) throws SQLException {
        UUID[] attendees = (UUID[]) rs.getArray("attendees").getArray();
        return new TrainingSession(rs.getObject("id", UUID.class), rs.getString("title"),
                TrainingKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class), rs.getInt("hours"),
                rs.getString("provider"), List.of(attendees), rs.getString("recorded_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
