package cn.gov.sucheng.worksafety.platform.grpc;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/**
 * Blocking calls to a sibling service, each sibling behind a circuit breaker of its own name
 * ({@code resilience4j.circuitbreaker.instances.<sibling>}; the platform's defaults otherwise). The call's own
 * deadline (the channel's {@code default-deadline}) bounds how long it waits; the breaker, once a sibling has failed
 * repeatedly, answers at once for a while instead of letting every request wait out that deadline. Every failure is
 * a {@link DependencyUnavailableException} (503 with Retry-After over REST), never taken for "not there".
 */
public class SiblingCalls {

    private final CircuitBreakerFactory<?, ?> breakers;
    private final Map<String, CircuitBreaker> bySibling = new ConcurrentHashMap<>();

    public SiblingCalls(CircuitBreakerFactory<?, ?> breakers) {
        this.breakers = breakers;
    }

    /** The sibling's answer. */
    public <T> T call(String sibling, Supplier<T> call) {
        return breaker(sibling).run(call, failure -> {
            throw unavailable(sibling, failure);
        });
    }

    /**
     * The sibling's answer, or empty when it answers NOT_FOUND: that is an answer, so it does not count against
     * the breaker.
     */
    public <T> Optional<T> find(String sibling, Supplier<T> call) {
        return call(sibling, () -> {
            try {
                return Optional.of(call.get());
            }
            catch (StatusRuntimeException ex) {
                if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
                    return Optional.empty();
                }
                throw ex;
            }
        });
    }

    private CircuitBreaker breaker(String sibling) {
        return bySibling.computeIfAbsent(sibling, breakers::create);
    }

    private static DependencyUnavailableException unavailable(String sibling, Throwable thrown) {
        Throwable failure = thrown instanceof ExecutionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (failure instanceof DependencyUnavailableException known) {
            return known;
        }
        if (failure instanceof CallNotPermittedException) {
            return new DependencyUnavailableException(
                    sibling + " failed repeatedly; calls are paused for a while (circuit open)");
        }
        if (failure instanceof StatusRuntimeException) {
            return SiblingFailures.unavailable(sibling, failure);
        }
        // An answer that could not be read (an id that is not one, a missing field) is the sibling's fault too.
        return new DependencyUnavailableException(
                sibling + " could not be asked: " + failure.getClass().getSimpleName());
    }
}
