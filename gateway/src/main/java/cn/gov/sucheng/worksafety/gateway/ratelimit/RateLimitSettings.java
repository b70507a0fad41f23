package cn.gov.sucheng.worksafety.gateway.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code worksafety.gateway.rate-limits.*}: how many requests each calling system (the token's {@code sub}) may
 * send. Limits change without a restart: publish them in Nacos (data id {@code gateway.yaml}); the gateway
 * rebinds them on change, and the next request of a client whose limit changed starts on a full allowance.
 */
@ConfigurationProperties("worksafety.gateway.rate-limits")
public class RateLimitSettings implements InitializingBean {

    /** Off: no client is limited and the store is never asked. */
    private boolean enabled = true;

    /** The limit of every client not named under {@code clients}. */
    private Limit defaultLimit = new Limit(6000, Duration.ofMinutes(1));

    /** Limits per client id, replacing the default. */
    private Map<String, Limit> clients = new LinkedHashMap<>();

    private final Sync sync = new Sync();

    private final Store store = new Store();

    /**
     * What requests read: taken once binding is complete. A refresh rebinds this bean in place, property by
     * property; a request must never see the half-bound state (a client briefly on the default limit).
     */
    private volatile InEffect inEffect = new InEffect(true, defaultLimit, Map.of());

    private record InEffect(boolean enabled, Limit defaultLimit, Map<String, Limit> clients) {
    }

    @Override
    public void afterPropertiesSet() {
        inEffect = new InEffect(enabled, defaultLimit, Map.copyOf(clients));
    }

    /** The limit that applies to {@code client} now. */
    public Limit limitFor(String client) {
        InEffect now = inEffect;
        return now.clients().getOrDefault(client, now.defaultLimit());
    }

    /** Whether clients are limited now. */
    public boolean limiting() {
        return inEffect.enabled();
    }

    /** {@code requests} per {@code per}, refilled gradually (a token bucket of that capacity). */
    public record Limit(long requests, Duration per) {

        public Limit {
            if (requests < 1 || per == null || per.isZero() || per.isNegative()) {
                throw new IllegalArgumentException("a rate limit needs requests >= 1 and a positive period");
            }
        }
    }

    /**
     * How often a gateway replica reconciles its local view of a client's bucket with the shared one. Between
     * two reconciliations a replica admits up to {@code maxUnsyncedRequests} on its own, so the suite as a
     * whole may exceed a limit by at most that many requests per replica; 0 asks the store on every request.
     */
    public static class Sync {

        private long maxUnsyncedRequests = 20;

        private Duration maxUnsyncedTime = Duration.ofMillis(200);

        public long getMaxUnsyncedRequests() {
            return maxUnsyncedRequests;
        }

        public void setMaxUnsyncedRequests(long maxUnsyncedRequests) {
            this.maxUnsyncedRequests = maxUnsyncedRequests;
        }

        public Duration getMaxUnsyncedTime() {
            return maxUnsyncedTime;
        }

        public void setMaxUnsyncedTime(Duration maxUnsyncedTime) {
            this.maxUnsyncedTime = maxUnsyncedTime;
        }
    }

    /** The PostgreSQL database holding the shared buckets (table {@code rate_limit_bucket}, created if missing). */
    public static class Store {

        private String url = "jdbc:postgresql://127.0.0.1:15432/gateway";

        private String username = "worksafety";

        private String password;

        /** Connections, and threads that wait on them: a sync of one bucket is one short transaction. */
        private int poolSize = 4;

        /** How long a request waits for the store before it is let through unlimited (fail open). */
        private Duration timeout = Duration.ofMillis(500);

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public int getPoolSize() {
            return poolSize;
        }

        public void setPoolSize(int poolSize) {
            this.poolSize = poolSize;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Limit getDefaultLimit() {
        return defaultLimit;
    }

    public void setDefaultLimit(Limit defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    public Map<String, Limit> getClients() {
        return clients;
    }

    public void setClients(Map<String, Limit> clients) {
        this.clients = clients == null ? new LinkedHashMap<>() : clients;
    }

    public Sync getSync() {
        return sync;
    }

    public Store getStore() {
        return store;
    }
}
