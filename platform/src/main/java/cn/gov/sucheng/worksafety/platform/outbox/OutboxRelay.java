package cn.gov.sucheng.worksafety.platform.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: at least once, in order per topic and aggregate, with backoff on failure.
 *
 * <p>Each round claims the oldest pending message of each aggregate that is due ({@code FOR UPDATE SKIP LOCKED},
 * so several instances share the work and never deliver one message at the same time), hands each to the handler
 * of its topic and records the outcome in the same transaction. Each handler runs within a savepoint of its own: a
 * handler that fails, even one whose statement aborted the database transaction or that marked it rollback-only,
 * fails its own message, while the outcomes of the others in the round are kept. A later message of an aggregate waits until the
 * earlier one is delivered or parked, which keeps the order. A failure is retried after {@link Backoff}; a
 * {@link RejectedMessageException} parks the message. The backlog and the age of its oldest message are
 * published per topic ({@code worksafety.outbox.backlog}, {@code worksafety.outbox.oldest.age}).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private static final String CLAIM = """
            SELECT id, topic, aggregate_id, payload, attempts, created_at FROM outbox_message m
            WHERE delivered_at IS NULL AND parked_at IS NULL AND next_attempt_at <= :now
              AND topic IN (:topics)
              AND NOT EXISTS (SELECT 1 FROM outbox_message e WHERE e.topic = m.topic
                              AND e.aggregate_id = m.aggregate_id AND e.id < m.id
                              AND e.delivered_at IS NULL AND e.parked_at IS NULL)
            ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate perMessage;
    private final Map<String, OutboxHandler> handlers;
    private final OutboxProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> oldestAgeSeconds = new ConcurrentHashMap<>();
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile Thread worker;
    private volatile OffsetDateTime lastPurge = OffsetDateTime.MIN;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, List<OutboxHandler> handlers,
            OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.perMessage = new TransactionTemplate(transactions.getTransactionManager());
        this.perMessage.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::topic, Function.identity()));
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        if (meters != null) {
            for (String topic : this.handlers.keySet()) {
                Gauge.builder("worksafety.outbox.backlog", backlog.computeIfAbsent(topic, t -> new AtomicLong()),
                        AtomicLong::get).tag("topic", topic).description("Messages not yet delivered").register(meters);
                Gauge.builder("worksafety.outbox.oldest.age", oldestAgeSeconds.computeIfAbsent(topic, t -> new AtomicLong()),
                        AtomicLong::get).tag("topic", topic).baseUnit("seconds")
                        .description("Age of the oldest message not yet delivered").register(meters);
            }
        }
    }

    /** Makes the relay look for messages now instead of at its next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    /**
     * One round: claims and delivers what is due; answers how many messages were handed to a handler. Public so
     * that tests and operators can drive the relay without its thread.
     */
    public int deliverDue() {
        if (handlers.isEmpty()) {
            return 0;
        }
        Integer handled = transactions.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<OutboxMessage> due = jdbc.sql(CLAIM)
                    .param("now", now)
                    .param("topics", handlers.keySet())
                    .param("batch", properties.batchSize())
                    .query(OutboxRelay::map)
                    .list();
            due.forEach(this::deliver);
            return due.size();
        });
        return handled == null ? 0 : handled;
    }

    private void deliver(OutboxMessage message) {
        OutboxHandler handler = handlers.get(message.topic());
        try {
            deliverInSavepoint(handler, message);
            jdbc.sql("UPDATE outbox_message SET delivered_at = :now, attempts = attempts + 1 WHERE id = :id")
                    .param("now", OffsetDateTime.now(clock)).param("id", message.id()).update();
            count("worksafety.outbox.delivered", message.topic());
        }
        catch (RejectedMessageException ex) {
            log.error("outbox message {} ({} of {}) was refused for good and is parked: {}", message.id(),
                    message.topic(), message.aggregateId(), ex.getMessage());
            jdbc.sql("UPDATE outbox_message SET parked_at = :now, attempts = attempts + 1, last_error = :error WHERE id = :id")
                    .param("now", OffsetDateTime.now(clock)).param("error", describe(ex)).param("id", message.id())
                    .update();
            count("worksafety.outbox.parked", message.topic());
        }
        // A linkage error (a class that cannot be loaded, say during a redeployment) fails this delivery, not the relay.
        catch (Exception | LinkageError ex) {
            int failures = message.attempts() + 1;
            Duration wait = properties.backoff().after(failures);
            log.warn("delivering outbox message {} ({} of {}) failed (attempt {}), next in {}: {}", message.id(),
                    message.topic(), message.aggregateId(), failures, wait, describe(ex));
            jdbc.sql("""
                    UPDATE outbox_message SET attempts = :failures, next_attempt_at = :next, last_error = :error
                    WHERE id = :id""")
                    .param("failures", failures)
                    .param("next", OffsetDateTime.now(clock).plus(wait))
                    .param("error", describe(ex))
                    .param("id", message.id())
                    .update();
            count("worksafety.outbox.failures", message.topic());
        }
    }

    // The handler within a savepoint of its own (rolled back when it fails); its checked failures pass unchanged.
    private void deliverInSavepoint(OutboxHandler handler, OutboxMessage message) throws Exception {
        try {
            perMessage.executeWithoutResult(savepoint -> {
                try {
                    handler.deliver(message);
                }
                catch (RuntimeException ex) {
                    throw ex;
                }
                catch (Exception ex) {
                    throw new CheckedFailure(ex);
                }
            });
        }
        catch (CheckedFailure ex) {
            throw (Exception) ex.getCause();
        }
    }

    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }

    /** Refreshes the backlog figures of every topic with a handler. */
    public void measure() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        backlog.values().forEach(v -> v.set(0));
        oldestAgeSeconds.values().forEach(v -> v.set(0));
        jdbc.sql("""
                SELECT topic, count(*) AS pending, min(created_at) AS oldest FROM outbox_message
                WHERE delivered_at IS NULL AND parked_at IS NULL GROUP BY topic""")
                .query((rs, row) -> {
                    String topic = rs.getString("topic");
                    AtomicLong pending = backlog.get(topic);
                    if (pending != null) {
                        pending.set(rs.getLong("pending"));
                        oldestAgeSeconds.get(topic).set(Math.max(0,
                                Duration.between(rs.getObject("oldest", OffsetDateTime.class), now).toSeconds()));
                    }
                    return topic;
                })
                .list();
    }

    private void purgeDelivered() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (lastPurge.isAfter(now.minusHours(1))) {
            return;
        }
        lastPurge = now;
        int purged = jdbc.sql("DELETE FROM outbox_message WHERE delivered_at < :before")
                .param("before", now.minus(properties.retention())).update();
        if (purged > 0) {
            log.info("purged {} delivered outbox messages", purged);
        }
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                int handled = deliverDue();
                measure();
                purgeDelivered();
                if (handled < properties.batchSize()) {
                    // Nothing more is due: sleep until the poll interval passes or a commit wakes us.
                    wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            catch (RuntimeException | LinkageError ex) {
                // The database may be down for a while: the messages wait in it, so just try again later.
                log.warn("outbox relay round failed: {}", describe(ex));
                sleepQuietly(properties.pollInterval());
            }
        }
    }

    private void count(String name, String topic) {
        if (meters != null) {
            Counter.builder(name).tag("topic", topic).register(meters).increment();
        }
    }

    private static void sleepQuietly(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Throwable ex) {
        String text = ex.getClass().getSimpleName() + ": " + ex.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("topic"), rs.getString("aggregate_id"),
                rs.getString("payload"), rs.getInt("attempts"), rs.getObject("created_at", OffsetDateTime.class));
    }

    @Override
    public synchronized void start() {
        if (handlers.isEmpty() || worker != null) {
            return;
        }
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.interrupt();
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
