package cn.gov.sucheng.worksafety.training.exam.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.paging.Page;
import cn.gov.sucheng.worksafety.platform.paging.PageRequest;
import cn.gov.sucheng.worksafety.platform.security.TownScope;
import cn.gov.sucheng.worksafety.training.exam.application.ExamResults;
import cn.gov.sucheng.worksafety.training.exam.model.ExamResult;
import cn.gov.sucheng.worksafety.training.trainee.infrastructure.TraineeTownScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An exam result belongs to its trainee's town: a town-level caller (TownScope) finds only those of its town's
 * people, by id or in a list. Internal work and gRPC have no town and see all.
 */
@Repository
class JdbcExamResults implements ExamResults {

    private static final String COLUMNS = "id, trainee_id, subject, taken_on, score, pass_mark, recorded_by, created_at";

    private static final String IN_SCOPE = TraineeTownScope.of("exam_result.trainee_id");

    private final JdbcClient jdbc;

    JdbcExamResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ExamResult r) {
        jdbc.sql("INSERT INTO exam_result (" + COLUMNS + ", passed) VALUES (:id, :traineeId, :subject, :takenOn, "
                + ":score, :passMark, :recordedBy, :createdAt, :passed)")
                .param("id", r.id()).param("traineeId", r.traineeId()).param("subject", r.subject())
                .param("takenOn", r.takenOn()).param("score", r.score()).param("passMark", r.passMark())
                .param("recordedBy", r.recordedBy()).param("createdAt", r.createdAt()).param("passed", r.passed())
                .update();
    }

    @Override
    public Optional<ExamResult> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_result WHERE id = :id AND " + IN_SCOPE).param("id", id)
                .param(TownScope.PARAMETER, TownScope.parameterValue()).query(JdbcExamResults::map).optional();
    }

    @Override
    public Page<ExamResult> find(UUID traineeId, Boolean passed, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put(TownScope.PARAMETER, TownScope.parameterValue());
        String filter = " WHERE " + IN_SCOPE;
        if (traineeId != null) {
            filter += " AND trainee_id = :traineeId";
            params.put("traineeId", traineeId);
        }
        if (passed != null) {
            filter += " AND passed = :passed";
            params.put("passed", passed);
        }
        long total = jdbc.sql("SELECT count(*) FROM exam_result" + filter).params(params).query(Long.class).single();
        params.put("offset", page.offset());
        params.put("limit", page.size());
        List<ExamResult> items = total == 0 ? List.of()
                : jdbc.sql("SELECT " + COLUMNS + " FROM exam_result" + filter
                        + " ORDER BY taken_on DESC, id LIMIT :limit OFFSET :offset")
                        .params(params).query(JdbcExamResults::map).list();
        return Page.of(items, page, total);
    }

    private static ExamResult map(ResultSet rs, int row) throws SQLException {
        return new ExamResult(rs.getObject("id", UUID.class), rs.getObject("trainee_id", UUID.class),
                rs.getString("subject"), rs.getObject("taken_on", LocalDate.class), rs.getBigDecimal("score"),
                rs.getBigDecimal("pass_mark"), rs.getString("recorded_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
