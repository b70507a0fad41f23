package cn.gov.sucheng.worksafety.gateway;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.sucheng.worksafety.gateway.ratelimit.RateLimitSettings;
import cn.gov.sucheng.worksafety.gateway.ratelimit.RateLimitSettings.Limit;
import cn.gov.sucheng.worksafety.gateway.security.ClientSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings an operator changes in Nacos without a redeploy, rebound the way Spring Cloud rebinds them when Nacos
 * reports a change: what is added applies, and what is taken out (a client's limit, the whole disabled list) is gone
 * after the refresh, not kept from before.
 */
class RefreshedSettingsTest {

    private final Map<String, Object> nacos = new HashMap<>();

    private final ApplicationContextRunner gateway = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesRebinderAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withInitializer(context -> context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("nacos", nacos)));

    @Test
    void aClientTakenOutOfTheLimitsFallsBackToTheDefaultLimit() {
        nacos.put("worksafety.gateway.rate-limits.default-limit.requests", "100");
        nacos.put("worksafety.gateway.rate-limits.default-limit.per", "1m");
        nacos.put("worksafety.gateway.rate-limits.clients.grid-platform.requests", "5");
        nacos.put("worksafety.gateway.rate-limits.clients.grid-platform.per", "1h");
        nacos.put("worksafety.gateway.rate-limits.clients.provincial-sync.requests", "50");
        nacos.put("worksafety.gateway.rate-limits.clients.provincial-sync.per", "1m");
        gateway.run(context -> {
            RateLimitSettings limits = context.getBean(RateLimitSettings.class);
            assertThat(limits.limitFor("grid-platform")).isEqualTo(new Limit(5, Duration.ofHours(1)));

            nacos.remove("worksafety.gateway.rate-limits.clients.grid-platform.requests");
            nacos.remove("worksafety.gateway.rate-limits.clients.grid-platform.per");
            refreshed(context);

            assertThat(limits.limitFor("grid-platform")).isEqualTo(new Limit(100, Duration.ofMinutes(1)));
            assertThat(limits.limitFor("provincial-sync")).isEqualTo(new Limit(50, Duration.ofMinutes(1)));
        });
    }

    @Test
    void aDefaultLimitTakenOutOfTheConfigurationIsTheBuiltInOneAgain() {
        nacos.put("worksafety.gateway.rate-limits.default-limit.requests", "100");
        nacos.put("worksafety.gateway.rate-limits.default-limit.per", "1m");
        nacos.put("worksafety.gateway.rate-limits.enabled", "false");
        gateway.run(context -> {
            RateLimitSettings limits = context.getBean(RateLimitSettings.class);
            assertThat(limits.limiting()).isFalse();

            nacos.clear();
            refreshed(context);

            assertThat(limits.limiting()).isTrue();
            assertThat(limits.limitFor("anyone")).isEqualTo(new Limit(6000, Duration.ofMinutes(1)));
        });
    }

    @Test
    void aClientTakenOffTheDisabledListMayCallAgainEvenWhenTheListIsGone() {
        nacos.put("worksafety.gateway.security.disabled-clients", "grid-platform,town-gengche");
        gateway.run(context -> {
            ClientSettings clients = context.getBean(ClientSettings.class);
            assertThat(clients.isDisabled("grid-platform")).isTrue();

            nacos.put("worksafety.gateway.security.disabled-clients", "town-gengche");
            refreshed(context);
            assertThat(clients.isDisabled("grid-platform")).isFalse();
            assertThat(clients.isDisabled("town-gengche")).isTrue();

            nacos.remove("worksafety.gateway.security.disabled-clients");
            refreshed(context);
            assertThat(clients.isDisabled("town-gengche")).isFalse();
        });
    }

    @Test
    void aClientDisabledInNacosIsRefusedAfterTheRefresh() {
        gateway.run(context -> {
            ClientSettings clients = context.getBean(ClientSettings.class);
            assertThat(clients.isDisabled("grid-platform")).isFalse();

            nacos.put("worksafety.gateway.security.disabled-clients[0]", "grid-platform");
            refreshed(context);

            assertThat(clients.isDisabled("grid-platform")).isTrue();
        });
    }

    @Test
    void whileARefreshRebindsTheSettingsRequestsStillSeeTheLimitsAndTheDisabledClients() throws Exception {
        nacos.put("worksafety.gateway.rate-limits.clients.grid-platform.requests", "5");
        nacos.put("worksafety.gateway.rate-limits.clients.grid-platform.per", "1h");
        nacos.put("worksafety.gateway.security.disabled-clients", "town-gengche");
        gateway.run(context -> {
            RateLimitSettings limits = context.getBean(RateLimitSettings.class);
            ClientSettings clients = context.getBean(ClientSettings.class);
            // Spring Cloud resets a bean to its defaults before binding it again: requests go on meanwhile.
            AtomicBoolean refreshing = new AtomicBoolean(true);
            AtomicInteger seenDuringRefresh = new AtomicInteger();
            List<String> slips = new CopyOnWriteArrayList<>();
            // A failure on the checking thread fails the test (get() below) rather than leave nothing checked.
            CompletableFuture<Void> requests = CompletableFuture.runAsync(() -> {
                while (refreshing.get()) {
                    seenDuringRefresh.incrementAndGet();
                    if (!clients.isDisabled("town-gengche")) {
                        slips.add("town-gengche was let through");
                    }
                    if (!limits.limitFor("grid-platform").equals(new Limit(5, Duration.ofHours(1)))) {
                        slips.add("grid-platform had " + limits.limitFor("grid-platform"));
                    }
                }
            });
            for (int refresh = 0; refresh < 200; refresh++) {
                refreshed(context);
            }
            refreshing.set(false);
            requests.get();

            assertThat(seenDuringRefresh).hasPositiveValue();
            assertThat(slips).isEmpty();
        });
    }

    /** What Spring Cloud publishes after Nacos reported a change of these keys. */
    private void refreshed(AssertableApplicationContext context) {
        ConfigurableApplicationContext gateway = context.getSourceApplicationContext();
        gateway.publishEvent(new EnvironmentChangeEvent(gateway, nacos.keySet()));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ RateLimitSettings.class, ClientSettings.class })
    static class Settings {
    }
}
