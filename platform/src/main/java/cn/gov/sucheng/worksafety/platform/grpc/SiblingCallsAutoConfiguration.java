package cn.gov.sucheng.worksafety.platform.grpc;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.StatusRuntimeException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.context.annotation.Bean;

/**
 * {@link SiblingCalls} for an application that calls siblings and has Spring Cloud CircuitBreaker's blocking
 * Resilience4j factory (whatever its web stack: background work such as the outbox relay calls siblings too).
 */
@AutoConfiguration(afterName = "org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JAutoConfiguration")
@ConditionalOnClass({ CallNotPermittedException.class, StatusRuntimeException.class, CircuitBreakerFactory.class })
public class SiblingCallsAutoConfiguration {

    @Bean
    @ConditionalOnBean(CircuitBreakerFactory.class)
    @ConditionalOnMissingBean
    SiblingCalls siblingCalls(CircuitBreakerFactory<?, ?> breakers) {
        return new SiblingCalls(breakers);
    }
}
