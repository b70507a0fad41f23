package cn.gov.sucheng.worksafety.platform.data;

import java.sql.SQLException;
import java.util.Set;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * What a failed database call means for the caller, decided once for the REST and the gRPC answers. Spring
 * leaves some PostgreSQL failures uncategorized (the lock timeout, 55P03, among them), so the SQL state is read
 * as well as the exception type.
 */
public enum DatabaseFailure {

    /** Someone changed the record between the read and the write: read again and reapply. */
    CONCURRENT_CHANGE,
    /** A lock wait, deadlock, timeout or an unreachable database: the same call may succeed in a moment. */
    BUSY,
    /** A unique key is taken (often by a concurrent request doing the same). */
    DUPLICATE,
    /** Another constraint refused the write. */
    INTEGRITY,
    /** A fault of the service itself. */
    OTHER;

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INTEGRITY_VIOLATION_CLASS = "23";
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    // Serialization failure, deadlock, lock not available, statement cancelled (timeout), server shutting down.
    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("40001", "40P01", "55P03", "57014", "57P01");

    public static DatabaseFailure of(DataAccessException ex) {
        String sqlState = sqlState(ex);
        if (ex instanceof OptimisticLockingFailureException) {
            return CONCURRENT_CHANGE;
        }
        if (ex instanceof TransientDataAccessException || ex instanceof DataAccessResourceFailureException
                || RETRYABLE_SQL_STATES.contains(sqlState) || sqlState.startsWith(CONNECTION_EXCEPTION_CLASS)) {
            return BUSY;
        }
        if (ex instanceof DuplicateKeyException || UNIQUE_VIOLATION.equals(sqlState)) {
            return DUPLICATE;
        }
        if (ex instanceof DataIntegrityViolationException || sqlState.startsWith(INTEGRITY_VIOLATION_CLASS)) {
            return INTEGRITY;
        }
        return OTHER;
    }

    /** The SQL state of the first {@link SQLException} in the chain, or the empty string. */
    private static String sqlState(DataAccessException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
