package cn.gov.sucheng.worksafety.platform.idempotency.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.sucheng.worksafety.platform.idempotency.model.IdempotencyKey;
import cn.gov.sucheng.worksafety.platform.idempotency.model.IdempotencyRecord;
import cn.gov.sucheng.worksafety.platform.idempotency.model.RequestFingerprint;
import cn.gov.sucheng.worksafety.platform.idempotency.model.StoredAnswer;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code idempotency_record} table (created by the platform's repeatable migration in {@code db/platform}).
 * Every method runs in the caller's transaction, which is what ties a key's record to the write it answers.
 */
public class JdbcIdempotencyRecords {

    // Arbitrary, fixed: the first half of the two-key advisory lock space, so key hashes meet no other lock.
    static final int LOCK_CLASS = 0x1DE4_7E01;

    private final JdbcClient jdbc;

    public JdbcIdempotencyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the key for the rest of the transaction, without waiting: false while another transaction (a request
     * with the same key still running) holds it. Two keys may share a hash; they then merely take turns.
     */
    public boolean tryLock(String scope, IdempotencyKey key) {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(:lockClass, hashtext(:scope || ' ' || :key))")
                .param("lockClass", LOCK_CLASS)
                .param("scope", scope)
                .param("key", key.value())
                .query(Boolean.class)
                .single();
    }

    public Optional<IdempotencyRecord> find(String scope, IdempotencyKey key) {
        return jdbc.sql("""
                SELECT fingerprint, status, header_names, header_values, body, expires_at
                  FROM idempotency_record WHERE scope = :scope AND idempotency_key = :key""")
                .param("scope", scope)
                .param("key", key.value())
                .query((rs, row) -> new IdempotencyRecord(new RequestFingerprint(rs.getString("fingerprint")),
                        new StoredAnswer(rs.getInt("status"), headers(rs), rs.getBytes("body")),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /** Stores the answer unless the key has a record already (then false, and nothing changes). */
    public boolean add(String scope, IdempotencyKey key, String method, String path, IdempotencyRecord record,
            Instant createdAt) {
        StoredAnswer answer = record.answer();
        return jdbc.sql("""
                INSERT INTO idempotency_record (scope, idempotency_key, fingerprint, method, path, status,
                    header_names, header_values, body, created_at, expires_at)
                VALUES (:scope, :key, :fingerprint, :method, :path, :status, :names, :values, :body, :createdAt,
                    :expiresAt)
                ON CONFLICT (scope, idempotency_key) DO NOTHING""")
                .param("scope", scope)
                .param("key", key.value())
                .param("fingerprint", record.fingerprint().value())
                .param("method", method)
                .param("path", path)
                .param("status", answer.status())
                .param("names", answer.headers().stream().map(StoredAnswer.Header::name).toArray(String[]::new))
                .param("values", answer.headers().stream().map(StoredAnswer.Header::value).toArray(String[]::new))
                .param("body", answer.body())
                .param("createdAt", Timestamp.from(createdAt))
                .param("expiresAt", Timestamp.from(record.expiresAt()))
                .update() == 1;
    }

    public void remove(String scope, IdempotencyKey key) {
        jdbc.sql("DELETE FROM idempotency_record WHERE scope = :scope AND idempotency_key = :key")
                .param("scope", scope)
                .param("key", key.value())
                .update();
    }

    /**
     * Deletes up to {@code batch} records expired at {@code now}. SKIP LOCKED lets several instances purge at
     * once without waiting on each other or on a request that is just replacing an expired record.
     */
    public int purgeExpired(Instant now, int batch) {
        return jdbc.sql("""
                DELETE FROM idempotency_record WHERE (scope, idempotency_key) IN (
                    SELECT scope, idempotency_key FROM idempotency_record WHERE expires_at <= :now
                     LIMIT :batch FOR UPDATE SKIP LOCKED)""")
                .param("now", Timestamp.from(now))
                .param("batch", batch)
                .update();
    }

    private static List<StoredAnswer.Header> headers(ResultSet rs) throws SQLException {
        String[] names = strings(rs.getArray("header_names"));
        String[] values = strings(rs.getArray("header_values"));
        List<StoredAnswer.Header> headers = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            headers.add(new StoredAnswer.Header(names[i], values[i]));
        }
        return headers;
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
