package cn.gov.sucheng.worksafety.platform.idempotency.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Deletes expired keys every {@code interval} on each instance. Several instances may purge at once: each
 * deletes only expired rows, in batches that skip rows another instance or a request holds. It runs on its own
 * thread so that it needs no {@code @EnableScheduling} from the service.
 */
public class IdempotencyPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final JdbcIdempotencyRecords records;
    private final Clock clock;
    private final Duration interval;
    private final int batch;
    private ScheduledExecutorService executor;

    public IdempotencyPurge(JdbcIdempotencyRecords records, Clock clock, Duration interval, int batch) {
        this.records = records;
        this.clock = clock;
        this.interval = interval;
        this.batch = batch;
    }

    /** Deletes every record expired now; answers how many. */
    public int purge() {
        int total = 0;
        int deleted;
        do {
            deleted = records.purgeExpired(clock.instant(), batch);
            total += deleted;
        }
        while (deleted == batch);
        return total;
    }

    private void purgeQuietly() {
        try {
            int purged = purge();
            if (purged > 0) {
                log.info("purged {} expired idempotency keys", purged);
            }
        }
        catch (RuntimeException ex) {
            // The next round tries again; a failed purge only keeps expired keys a little longer.
            log.warn("purging expired idempotency keys failed", ex);
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idempotency-purge");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::purgeQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
