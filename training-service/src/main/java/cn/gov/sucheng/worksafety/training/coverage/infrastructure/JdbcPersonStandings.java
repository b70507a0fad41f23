package cn.gov.sucheng.worksafety.training.coverage.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.security.TownScope;
import cn.gov.sucheng.worksafety.training.certificate.infrastructure.CertificateStateSql;
import cn.gov.sucheng.worksafety.training.coverage.application.PersonStandings;
import cn.gov.sucheng.worksafety.training.coverage.model.PersonStanding;
import cn.gov.sucheng.worksafety.training.trainee.model.KeyPost;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One read over the people with what coverage counts of each; the certificate rule comes from the certificate
 * feature's exported SQL predicate, the hours rule stays in Java ({@code PersonStanding}).
 */
@Repository
class JdbcPersonStandings implements PersonStandings {

    private final JdbcClient jdbc;

    JdbcPersonStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonStanding> on(LocalDate day, UUID enterpriseId, String town) {
        return jdbc.sql("""
                SELECT t.enterprise_id, t.enterprise_name, t.town, t.industry_area, t.key_post, t.high_risk_trade,
                       EXISTS (SELECT 1 FROM certificate c WHERE c.holder_id = t.id AND """
                + CertificateStateSql.inForce("c.", ":day") + """
                       ) AS certified,
                       EXISTS (SELECT 1 FROM exam_result e WHERE e.trainee_id = t.id AND e.passed AND e.taken_on <= :day)
                           AS exam_passed,
                       (SELECT coalesce(sum(s.hours), 0) FROM training_attendance a
                            JOIN training_session s ON s.id = a.session_id
                        WHERE a.trainee_id = t.id AND s.kind = 'INITIAL' AND s.held_on <= :day) AS initial_hours
                FROM trainee t
                WHERE (CAST(:enterpriseId AS uuid) IS NULL OR t.enterprise_id = :enterpriseId)
                  AND (CAST(:town AS varchar) IS NULL OR t.town = :town)
                  AND """ + TownScope.sqlPredicate("t.town"))
                .param("day", day)
                .param("enterpriseId", enterpriseId)
                .param("town", town)
                .param(TownScope.PARAMETER, TownScope.parameterValue())
                .query((rs, row) -> new PersonStanding(rs.getObject("enterprise_id", UUID.class),
                        rs.getString("enterprise_name"), rs.getString("town"), rs.getString("industry_area"),
                        KeyPost.valueOf(rs.getString("key_post")), rs.getBoolean("high_risk_trade"),
                        rs.getBoolean("certified"), rs.getBoolean("exam_passed"), rs.getInt("initial_hours")))
                .list();
    }
}
