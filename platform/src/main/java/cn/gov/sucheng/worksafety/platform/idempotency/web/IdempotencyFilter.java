package cn.gov.sucheng.worksafety.platform.idempotency.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.sucheng.worksafety.platform.domain.InvalidException;
import cn.gov.sucheng.worksafety.platform.idempotency.infrastructure.JdbcIdempotencyRecords;
import cn.gov.sucheng.worksafety.platform.idempotency.model.IdempotencyKey;
import cn.gov.sucheng.worksafety.platform.idempotency.model.IdempotencyRecord;
import cn.gov.sucheng.worksafety.platform.idempotency.model.RequestFingerprint;
import cn.gov.sucheng.worksafety.platform.idempotency.model.StoredAnswer;
import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import cn.gov.sucheng.worksafety.platform.web.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST, after the IETF draft "The Idempotency-Key HTTP Header Field": a retry with the
 * same key and the same request gets the first answer again (status, headers, body) and writes nothing; the same
 * key on another request answers 422; a retry while the first is still running answers 409 at once.
 *
 * <p>A keyed request is handled in one database transaction that the handler's own transactions join: it takes
 * the key (a transaction-scoped advisory lock, so a concurrent retry does not wait), writes, and stores the answer
 * beside the write, so both commit together or not at all; a crash can neither lose the answer of a committed
 * write nor record an answer for a write that did not happen. Answers of 5xx roll back and are not kept.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    /** Marks an answer that is a replay of the first one (as Stripe and others do), for clients and logs. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcIdempotencyRecords records;
    private final PlatformTransactionManager transactions;
    private final CallerScope callers;
    private final Clock clock;
    private final Duration retention;

    public IdempotencyFilter(JdbcIdempotencyRecords records, PlatformTransactionManager transactions,
            CallerScope callers, Clock clock, Duration retention) {
        this.records = records;
        this.transactions = transactions;
        this.callers = callers;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(IdempotencyKey.HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IdempotencyKey key;
        try {
            key = IdempotencyKey.parse(request.getHeader(IdempotencyKey.HEADER));
        }
        catch (InvalidException ex) {
            writeInvalidKey(response, ex, request);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String path = pathAndQuery(request);
        Keyed keyed = new Keyed(callers.of(request), key, request.getMethod(), path,
                RequestFingerprint.of(request.getMethod(), path, body));

        TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            if (!records.tryLock(keyed.scope, key)) {
                transactions.rollback(tx);
                response.setHeader("Retry-After", "1");
                writeProblem(response, 409, ProblemTypes.REQUEST_IN_PROGRESS, "Request in progress",
                        "A request with this Idempotency-Key is still being handled; retry after it has finished.",
                        request, null);
                return;
            }
            Instant now = clock.instant();
            Optional<IdempotencyRecord> earlier = records.find(keyed.scope, key);
            if (earlier.isPresent() && !earlier.get().isExpiredAt(now)) {
                transactions.rollback(tx);
                answerFromRecord(earlier.get(), keyed, request, response);
                return;
            }
            if (earlier.isPresent()) {
                records.remove(keyed.scope, key);
            }
            handle(keyed, new CachedBodyRequest(request, body), response, chain, tx);
        }
        finally {
            if (!tx.isCompleted()) {
                transactions.rollback(tx);
            }
        }
    }

    private void handle(Keyed keyed, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            TransactionStatus tx) throws ServletException, IOException {
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, cached);
        int status = cached.getStatus();
        if (!StoredAnswer.isKept(status)) {
            transactions.rollback(tx);
            cached.copyBodyToResponse();
            return;
        }
        Instant now = clock.instant();
        IdempotencyRecord record = new IdempotencyRecord(keyed.fingerprint,
                new StoredAnswer(status, replayedHeaders(cached), cached.getContentAsByteArray()), now.plus(retention));
        if (commitWithRecord(keyed, record, now, tx)) {
            cached.copyBodyToResponse();
            return;
        }
        if (status >= 400) {
            // A refusal whose transaction was spoilt (marked rollback-only by the exception that refused it) wrote
            // nothing: keep its answer on its own.
            keepRefusal(keyed, record, now);
            cached.copyBodyToResponse();
            return;
        }
        // The handler said yes but its write did not commit: the client must not believe it.
        String requestId = response.getHeader(RequestIds.HEADER);
        response.reset();
        if (requestId != null) {
            response.setHeader(RequestIds.HEADER, requestId);
        }
        writeProblem(response, 500, ProblemTypes.INTERNAL, null,
                "The change could not be saved; nothing was kept. Retry with the same Idempotency-Key.", request, null);
    }

    private boolean commitWithRecord(Keyed keyed, IdempotencyRecord record, Instant now, TransactionStatus tx) {
        if (tx.isRollbackOnly()) {
            transactions.rollback(tx);
            return false;
        }
        try {
            records.add(keyed.scope, keyed.key, keyed.method, keyed.path, record, now);
            transactions.commit(tx);
            return true;
        }
        catch (DataAccessException | TransactionException ex) {
            log.warn("the answer to Idempotency-Key {} could not be committed with its write", keyed.key.value(), ex);
            if (!tx.isCompleted()) {
                transactions.rollback(tx);
            }
            return false;
        }
    }

    private void keepRefusal(Keyed keyed, IdempotencyRecord record, Instant now) {
        try {
            new TransactionTemplate(transactions).executeWithoutResult(
                    status -> records.add(keyed.scope, keyed.key, keyed.method, keyed.path, record, now));
        }
        catch (DataAccessException | TransactionException ex) {
            // The refusal still reaches the client; a retry is handled afresh and refused again.
            log.warn("the refusal of Idempotency-Key {} could not be kept", keyed.key.value(), ex);
        }
    }

    private static void answerFromRecord(IdempotencyRecord record, Keyed keyed, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!record.isRetryOf(keyed.fingerprint)) {
            writeProblem(response, 422, ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key reused",
                    "This Idempotency-Key was used for another request (a different body, method or path); "
                            + "use a new key for a new request.", request, null);
            return;
        }
        StoredAnswer answer = record.answer();
        response.setStatus(answer.status());
        answer.headers().forEach(h -> response.addHeader(h.name(), h.value()));
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static List<StoredAnswer.Header> replayedHeaders(HttpServletResponse response) {
        List<StoredAnswer.Header> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (StoredAnswer.isReplayed(name)) {
                response.getHeaders(name).forEach(value -> headers.add(new StoredAnswer.Header(name, value)));
            }
        }
        return headers;
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    private static void writeInvalidKey(HttpServletResponse response, InvalidException ex, HttpServletRequest request)
            throws IOException {
        List<Map<String, String>> errors = ex.violations().stream()
                .map(v -> Map.of("field", v.field(), "message", v.message()))
                .toList();
        writeProblem(response, 400, ProblemTypes.VALIDATION, "Validation failed",
                "Invalid field(s): " + IdempotencyKey.HEADER, request, errors);
    }

    private static void writeProblem(HttpServletResponse response, int status, URI type, String title, String detail,
            HttpServletRequest request, List<Map<String, String>> errors) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        if (title != null) {
            problem.put("title", title);
        }
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        if (errors != null) {
            problem.put("errors", errors);
        }
        String requestId = RequestIds.current();
        if (requestId != null) {
            problem.put(RequestIds.PROBLEM_MEMBER, requestId);
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /** One keyed request: whose key, which key, and what was asked. */
    private record Keyed(String scope, IdempotencyKey key, String method, String path, RequestFingerprint fingerprint) {
    }
}
