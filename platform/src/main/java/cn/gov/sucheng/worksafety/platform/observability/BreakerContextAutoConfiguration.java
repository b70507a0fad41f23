package cn.gov.sucheng.worksafety.platform.observability;

import java.util.concurrent.Executors;

import cn.gov.sucheng.worksafety.platform.web.RequestIds;
import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;

/**
 * A call guarded by a circuit breaker runs on the breaker's own threads: without this, it would leave behind the
 * caller's observation (so a gRPC call made there would start a new trace instead of joining the request's) and the
 * request id in the logging context. The breakers' executor carries both over (Micrometer context propagation: the
 * current observation, and the MDC's request id).
 */
@AutoConfiguration
@ConditionalOnClass({ Resilience4JCircuitBreakerFactory.class, ContextExecutorService.class })
public class BreakerContextAutoConfiguration {

    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> contextPropagatingBreakers() {
        ContextRegistry registry = ContextRegistry.getInstance();
        if (registry.getThreadLocalAccessors().stream().noneMatch(a -> a.key().equals(Slf4jThreadLocalAccessor.KEY))) {
            registry.registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(RequestIds.MDC_KEY));
        }
        ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().contextRegistry(registry).build();
        return factory -> factory.configureExecutorService(
                ContextExecutorService.wrap(Executors.newCachedThreadPool(), snapshots));
    }
}
