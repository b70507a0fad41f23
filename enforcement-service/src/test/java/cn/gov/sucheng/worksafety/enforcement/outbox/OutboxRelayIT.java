package cn.gov.sucheng.worksafety.enforcement.outbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.sucheng.worksafety.enforcement.FakeSiblings;
import cn.gov.sucheng.worksafety.platform.outbox.Outbox;
import cn.gov.sucheng.worksafety.platform.outbox.OutboxHandler;
import cn.gov.sucheng.worksafety.platform.outbox.OutboxMessage;
import cn.gov.sucheng.worksafety.platform.outbox.OutboxRelay;
import cn.gov.sucheng.worksafety.platform.outbox.RejectedMessageException;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The platform's outbox against the real PostgreSQL: delivery after commit only, order per aggregate kept across
 * failures, retries with backoff until the receiver takes the message, parking of refused messages, and the
 * backlog metrics. The relay's own thread is stopped; the test drives rounds itself.
 */
@SpringBootTest(properties = { "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0",
        "worksafety.outbox.initial-backoff=1ms", "worksafety.outbox.max-backoff=1ms", "spring.main.web-application-type=none" })
class OutboxRelayIT {

    static final String TOPIC = "test.outbox-" + UUID.randomUUID();

    @DynamicPropertySource
    static void siblings(DynamicPropertyRegistry registry) {
        FakeSiblings.register(registry);
    }

    /** A receiver that records what it gets and fails while told to. */
    static class Receiver implements OutboxHandler {
        final JdbcClient jdbc;
        final TransactionTemplate transactions;
        final List<String> received = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
        final List<String> refused = new CopyOnWriteArrayList<>();
        final java.util.Set<String> brokenOnce = ConcurrentHashMap.newKeySet();

        Receiver(JdbcClient jdbc, TransactionTemplate transactions) {
            this.jdbc = jdbc;
            this.transactions = transactions;
        }

        @Override
        public String topic() {
            return TOPIC;
        }

        @Override
        public void deliver(OutboxMessage message) {
            if (refused.contains(message.payload())) {
                throw new RejectedMessageException("malformed: " + message.payload(), null);
            }
            AtomicInteger left = failuresLeft.get(message.payload());
            if (left != null && left.getAndDecrement() > 0) {
                throw new IllegalStateException("receiver down");
            }
            if (message.payload().endsWith("-unloadable") && brokenOnce.add(message.payload())) {
                throw new NoClassDefFoundError("a class replaced under the running service");
            }
            // A statement that fails aborts the relay's database transaction, as a broken look-up would.
            if (message.payload().endsWith("-aborts") && brokenOnce.add(message.payload())) {
                jdbc.sql("SELECT 1 / 0").query(Integer.class).single();
            }
            // A look-up that joins the relay's transaction and fails marks the whole of it rollback-only.
            if (message.payload().endsWith("-marks") && brokenOnce.add(message.payload())) {
                transactions.executeWithoutResult(joined -> {
                    throw new IllegalStateException("no such case");
                });
            }
            received.add(message.payload());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Handlers {
        @Bean
        Receiver receiver(JdbcClient jdbc, TransactionTemplate transactions) {
            return new Receiver(jdbc, transactions);
        }
    }

    @Autowired
    Receiver receiver;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    void write(String aggregate, String... payloads) {
        transactions.executeWithoutResult(s -> {
            for (String payload : payloads) {
                outbox.enqueue(TOPIC, aggregate, payload);
            }
        });
    }

    /** Rounds until nothing of the topic is due for a while (backoff here is 1 ms). */
    void drain() {
        relay.stop();
        for (int round = 0; round < 200; round++) {
            relay.deliverDue();
            long pending = jdbc.sql("SELECT count(*) FROM outbox_message WHERE topic = ? AND delivered_at IS NULL AND parked_at IS NULL")
                    .param(TOPIC).query(Long.class).single();
            if (pending == 0) {
                return;
            }
            sleep(2);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void refusesAMessageOutsideATransaction() {
        assertThatIllegalStateException().isThrownBy(() -> outbox.enqueue(TOPIC, "a", "x"));
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        String aggregate = UUID.randomUUID().toString();
        transactions.executeWithoutResult(s -> {
            outbox.enqueue(TOPIC, aggregate, aggregate + "-rolled-back");
            s.setRollbackOnly();
        });
        drain();
        assertThat(receiver.received).doesNotContain(aggregate + "-rolled-back");
    }

    @Test
    void keepsTheOrderOfAnAggregateAcrossFailuresAndDeliversEachOnce() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        receiver.failuresLeft.put(a + "-1", new AtomicInteger(3));
        write(a, a + "-1", a + "-2", a + "-3");
        write(b, b + "-1", b + "-2");

        drain();

        List<String> ofA = receiver.received.stream().filter(p -> p.startsWith(a)).toList();
        List<String> ofB = receiver.received.stream().filter(p -> p.startsWith(b)).toList();
        assertThat(ofA).containsExactly(a + "-1", a + "-2", a + "-3");
        assertThat(ofB).containsExactly(b + "-1", b + "-2");
        assertThat(jdbc.sql("SELECT attempts FROM outbox_message WHERE topic = ? AND payload = ?")
                .param(TOPIC).param(a + "-1").query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT last_error FROM outbox_message WHERE topic = ? AND payload = ?")
                .param(TOPIC).param(a + "-1").query(String.class).single()).contains("receiver down");
    }

    @Test
    void anErrorInAHandlerFailsTheDeliveryNotTheRelay() {
        String a = UUID.randomUUID().toString();
        write(a, a + "-unloadable", a + "-next");

        drain();

        assertThat(receiver.received).contains(a + "-unloadable", a + "-next");
        assertThat(jdbc.sql("SELECT attempts FROM outbox_message WHERE topic = ? AND payload = ?")
                .param(TOPIC).param(a + "-unloadable").query(Integer.class).single()).isEqualTo(2);
    }

    /**
     * A handler that breaks the relay's transaction (a failed statement, a joined look-up that failed) fails only its
     * own message: its failure is counted and the other messages of the round are delivered once, not again each round.
     */
    @Test
    void aHandlerThatBreaksTheTransactionFailsOnlyItsOwnMessage() {
        String aborts = UUID.randomUUID().toString();
        String marks = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        write(aborts, aborts + "-aborts");
        write(marks, marks + "-marks");
        write(other, other + "-1", other + "-2");

        drain();

        assertThat(receiver.received).contains(aborts + "-aborts", marks + "-marks");
        assertThat(receiver.received.stream().filter(p -> p.startsWith(other)).toList())
                .containsExactly(other + "-1", other + "-2");
        for (String failedOnce : List.of(aborts + "-aborts", marks + "-marks")) {
            assertThat(jdbc.sql("SELECT attempts FROM outbox_message WHERE topic = ? AND payload = ?")
                    .param(TOPIC).param(failedOnce).query(Integer.class).single()).as(failedOnce).isEqualTo(2);
        }
    }

    @Test
    void parksARefusedMessageAndGoesOnWithTheNext() {
        String a = UUID.randomUUID().toString();
        receiver.refused.add(a + "-bad");
        write(a, a + "-bad", a + "-good");

        drain();

        assertThat(receiver.received).contains(a + "-good").doesNotContain(a + "-bad");
        assertThat(jdbc.sql("SELECT parked_at IS NOT NULL FROM outbox_message WHERE topic = ? AND payload = ?")
                .param(TOPIC).param(a + "-bad").query(Boolean.class).single()).isTrue();
    }

    @Test
    void publishesTheBacklogAndTheAgeOfItsOldestMessage() {
        relay.stop();
        String a = UUID.randomUUID().toString();
        receiver.failuresLeft.put(a + "-1", new AtomicInteger(1_000_000));
        write(a, a + "-1", a + "-2");
        relay.measure();

        assertThat(meters.get("worksafety.outbox.backlog").tag("topic", TOPIC).gauge().value()).isGreaterThanOrEqualTo(2);
        assertThat(meters.get("worksafety.outbox.oldest.age").tag("topic", TOPIC).gauge().value()).isGreaterThanOrEqualTo(0);

        receiver.failuresLeft.get(a + "-1").set(0);
        drain();
        relay.measure();
        assertThat(meters.get("worksafety.outbox.backlog").tag("topic", TOPIC).gauge().value()).isZero();
    }
}
