package cn.gov.sucheng.worksafety.enforcement.trail.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import cn.gov.sucheng.worksafety.enforcement.trail.application.TrailEntries;
import cn.gov.sucheng.worksafety.enforcement.trail.model.TrailEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The trail in PostgreSQL; appends are serialised by a transaction-scoped advisory lock. */
@Repository
class JdbcTrailEntries implements TrailEntries {

    // Any constant the service uses for nothing else.
    private static final long APPEND_LOCK = 0x7472_6169_6cL;
    private static final int PAGE = 1000;
    private static final String COLUMNS = """
            sequence, subject_type, subject_id, action, actor, at, details, previous_hash, hash""";

    private final JdbcClient jdbc;

    JdbcTrailEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TrailEntry> lockLast() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", APPEND_LOCK).query((rs, row) -> 1).list();
        return jdbc.sql("SELECT " + COLUMNS + " FROM trail_entry ORDER BY sequence DESC LIMIT 1")
                .query(JdbcTrailEntries::map).optional();
    }

    @Override
    public void add(TrailEntry e) {
        jdbc.sql("INSERT INTO trail_entry (" + COLUMNS + """
                ) VALUES (:sequence, :subjectType, :subjectId, :action, :actor, :at, :details, :previousHash, :hash)""")
                .param("sequence", e.sequence())
                .param("subjectType", e.subjectType())
                .param("subjectId", e.subjectId())
                .param("action", e.action())
                .param("actor", e.actor())
                .param("at", e.at())
                .param("details", e.details())
                .param("previousHash", e.previousHash())
                .param("hash", e.hash())
                .update();
    }

    @Override
    public List<TrailEntry> ofSubject(String subjectType, UUID subjectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM trail_entry WHERE subject_type = :type AND subject_id = :id ORDER BY sequence")
                .param("type", subjectType).param("id", subjectId).query(JdbcTrailEntries::map).list();
    }

    @Override
    public void forEachInOrder(Predicate<TrailEntry> visitor) {
        long after = 0;
        while (true) {
            List<TrailEntry> page = jdbc.sql("SELECT " + COLUMNS
                    + " FROM trail_entry WHERE sequence > :after ORDER BY sequence LIMIT :limit")
                    .param("after", after).param("limit", PAGE).query(JdbcTrailEntries::map).list();
            for (TrailEntry entry : page) {
                if (!visitor.test(entry)) {
                    return;
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).sequence();
        }
    }

    private static TrailEntry map(ResultSet rs, int row) throws SQLException {
        return new TrailEntry(rs.getLong("sequence"), rs.getString("subject_type"), rs.getObject("subject_id", UUID.class),
                rs.getString("action"), rs.getString("actor"), rs.getObject("at", OffsetDateTime.class),
                rs.getString("details"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
