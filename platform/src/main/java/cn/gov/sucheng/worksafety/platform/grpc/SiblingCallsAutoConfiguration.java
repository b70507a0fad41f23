package cn.gov.sucheng.worksafety.platform.grpc;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.StatusRuntimeException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link SiblingCalls} for an application that calls siblings and has Resilience4j's Spring Boot registry, whatever
 * its web stack: background work such as the outbox relay calls siblings too.
 */
@AutoConfiguration(afterName = "io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration")
@ConditionalOnClass({ CircuitBreakerRegistry.class, StatusRuntimeException.class })
public class SiblingCallsAutoConfiguration {

    @Bean
    @ConditionalOnBean(CircuitBreakerRegistry.class)
    @ConditionalOnMissingBean
    SiblingCalls siblingCalls(CircuitBreakerRegistry breakers) {
        return new SiblingCalls(breakers);
    }
}
