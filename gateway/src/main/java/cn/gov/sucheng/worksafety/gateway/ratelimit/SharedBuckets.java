package cn.gov.sucheng.worksafety.gateway.ratelimit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.distributed.remote.CommandResult;
import io.github.bucket4j.distributed.remote.Request;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL.PostgreSQLSelectForUpdateBasedProxyManagerBuilder;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Token buckets kept in PostgreSQL by Bucket4j, so that every gateway replica counts against one allowance per
 * client. Why this: the suite runs PostgreSQL anyway and has no Redis; Bucket4j is a maintained token-bucket
 * library with a PostgreSQL backend ({@code SELECT ... FOR UPDATE} on one row per bucket) and a "delaying"
 * optimization that answers most requests from a local copy of the bucket and reconciles with the row every
 * few requests or milliseconds.
 * <p>
 * Bucket4j's JDBC backends are blocking only. The request path must not wait on JDBC on an event-loop thread, so
 * the backend's calls run on a small pool of their own (one thread per connection) and the bucket is used through
 * Bucket4j's asynchronous API: a request answered from the local copy gets a completed future at once, without a
 * thread switch; only the reconciling request waits for the pool.
 */
class SharedBuckets implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

    static final String TABLE = "rate_limit_bucket";

    private final HikariDataSource dataSource;
    private final ExecutorService jdbc;
    private final BackgroundProxyManager buckets;
    private final Optimization optimization;
    private volatile boolean tableReady;

    SharedBuckets(RateLimitSettings.Store store, RateLimitSettings.Sync sync) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("rate-limits");
        pool.setJdbcUrl(store.getUrl());
        pool.setUsername(store.getUsername());
        pool.setPassword(store.getPassword());
        pool.setMaximumPoolSize(store.getPoolSize());
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(Math.max(250, store.getTimeout().toMillis()));
        // The gateway starts, and routes unlimited, while the store is down; connections come when it is back.
        pool.setInitializationFailTimeout(-1);
        this.dataSource = new HikariDataSource(pool);
        AtomicInteger threads = new AtomicInteger();
        this.jdbc = new ThreadPoolExecutor(store.getPoolSize(), store.getPoolSize(), 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(1_000), r -> {
                    Thread thread = new Thread(r, "rate-limits-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        PostgreSQLSelectForUpdateBasedProxyManagerBuilder<String> builder = Bucket4jPostgreSQL
                .selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE);
        // A bucket untouched for a while is full again anyway: its row may go (see purgeExpired).
        builder.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                Duration.ofMinutes(1)));
        this.buckets = new BackgroundProxyManager(builder, jdbc, this);
        // 0 unsynced requests: every request asks the store (exact, and a round trip each).
        this.optimization = sync.getMaxUnsyncedRequests() <= 0 ? Optimization.NONE_OPTIMIZED
                : Optimizations.delaying(new DelayParameters(sync.getMaxUnsyncedRequests(), sync.getMaxUnsyncedTime()));
    }

    /** The shared bucket {@code key} with {@code configuration}, seen through a local copy. */
    AsyncBucketProxy bucket(String key, BucketConfiguration configuration) {
        return buckets.asAsync().builder()
                .withOptimization(optimization)
                .build(key, () -> CompletableFuture.completedFuture(configuration));
    }

    /** Deletes the rows of buckets unused long enough to be full again; any replica may do it. */
    int purgeExpired() {
        return buckets.removeExpired(1_000);
    }

    /** Creates the table once (the store may come up after the gateway): Bucket4j's layout, plus expiry. */
    private void ensureTable() {
        if (tableReady) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (id VARCHAR(200) PRIMARY KEY, state BYTEA, expires_at BIGINT)");
            statement.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_expires_at ON " + TABLE + " (expires_at)");
            tableReady = true;
        }
        catch (SQLException ex) {
            // Two replicas creating it at once: one wins, the other sees the table on its next try.
            log.warn("rate-limit table not ready yet: {}", ex.toString());
        }
    }

    @Override
    public void destroy() {
        jdbc.shutdownNow();
        dataSource.close();
    }

    /** Bucket4j's PostgreSQL backend with its blocking calls moved onto the store's own threads. */
    private static final class BackgroundProxyManager extends PostgreSQLSelectForUpdateBasedProxyManager<String> {

        private final ExecutorService executor;
        private final SharedBuckets owner;

        BackgroundProxyManager(PostgreSQLSelectForUpdateBasedProxyManagerBuilder<String> builder,
                ExecutorService executor, SharedBuckets owner) {
            super(builder);
            this.executor = executor;
            this.owner = owner;
        }

        @Override
        public boolean isAsyncModeSupported() {
            return true;
        }

        @Override
        public <T> CompletableFuture<CommandResult<T>> executeAsync(String key, Request<T> request) {
            return CompletableFuture.supplyAsync(() -> {
                owner.ensureTable();
                return execute(key, request);
            }, executor);
        }
    }
}
