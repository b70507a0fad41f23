package cn.gov.sucheng.worksafety.platform.grpc;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.StatusRuntimeException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.context.annotation.Bean;

/**
 * {@link SiblingCalls} for a service (blocking, servlet) that calls siblings and has Spring Cloud CircuitBreaker's
 * Resilience4j; the gateway's breakers are its routes' own.
 */
@AutoConfiguration(afterName = "org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JAutoConfiguration")
@ConditionalOnClass({ CallNotPermittedException.class, StatusRuntimeException.class, CircuitBreakerFactory.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SiblingCallsAutoConfiguration {

    @Bean
    @ConditionalOnBean(CircuitBreakerFactory.class)
    @ConditionalOnMissingBean
    SiblingCalls siblingCalls(CircuitBreakerFactory<?, ?> breakers) {
        return new SiblingCalls(breakers);
    }
}
