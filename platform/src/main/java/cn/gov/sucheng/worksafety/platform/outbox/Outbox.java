package cn.gov.sucheng.worksafety.platform.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a service writes what another system must learn (a finding for hazard-service, a report for the search
 * index): in the same transaction as the change itself, so the message exists exactly when the change does.
 * The {@link OutboxRelay} delivers it after the commit.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Runnable wakeRelay;

    public Outbox(JdbcClient jdbc, Clock clock, Runnable wakeRelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.wakeRelay = wakeRelay;
    }

    /**
     * Adds a message to the caller's transaction; refused outside one, since a message written on its own could
     * announce a change that is then rolled back.
     */
    public void enqueue(String topic, String aggregateId, String payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an outbox message must be written in the transaction of its change");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO outbox_message (topic, aggregate_id, payload, created_at, next_attempt_at)
                VALUES (:topic, :aggregateId, :payload, :now, :now)""")
                .param("topic", topic)
                .param("aggregateId", aggregateId)
                .param("payload", payload)
                .param("now", now)
                .update();
        // Deliver right after the commit rather than at the next poll.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeRelay.run();
            }
        });
    }
}
