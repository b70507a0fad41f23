package cn.gov.sucheng.worksafety.platform.grpc;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * Calls to a sibling service, each sibling behind a Resilience4j circuit breaker of its own name
 * ({@code resilience4j.circuitbreaker.instances.<sibling>}; the platform's defaults otherwise). The call's own
 * deadline (the channel's {@code default-deadline}, or the one the caller sets) bounds how long it waits; the
 * breaker, once a sibling has failed repeatedly, answers at once for a while instead of letting every request wait
 * out that deadline. Every failure is a {@link DependencyUnavailableException} (503 with Retry-After over REST),
 * never taken for "not there". A blocking call runs on the caller's thread.
 */
public class SiblingCalls {

    private final CircuitBreakerRegistry breakers;

    public SiblingCalls(CircuitBreakerRegistry breakers) {
        this.breakers = breakers;
    }

    /** The sibling's answer. */
    public <T> T call(String sibling, Supplier<T> call) {
        try {
            return breakers.circuitBreaker(sibling).executeSupplier(call);
        }
        catch (RuntimeException failure) {
            throw unavailable(sibling, failure);
        }
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

    /**
     * The answer of an asynchronous call, completed with a {@link DependencyUnavailableException} when the sibling
     * could not answer; while the breaker is open the call is not started.
     */
    public <T> CompletableFuture<T> callAsync(String sibling, Supplier<? extends CompletionStage<T>> call) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        breakers.circuitBreaker(sibling).executeCompletionStage(call::get).whenComplete((value, failure) -> {
            if (failure == null) {
                answer.complete(value);
            }
            else {
                answer.completeExceptionally(unavailable(sibling, failure));
            }
        });
        return answer;
    }

    private static DependencyUnavailableException unavailable(String sibling, Throwable thrown) {
        Throwable failure = thrown;
        while ((failure instanceof ExecutionException || failure instanceof CompletionException)
                && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (failure instanceof DependencyUnavailableException known) {
            return known;
        }
        if (failure instanceof CallNotPermittedException) {
            return new DependencyUnavailableException(
                    sibling + " failed repeatedly; calls are paused for a while (circuit open)");
        }
        if (failure instanceof StatusRuntimeException grpc) {
            return new DependencyUnavailableException(switch (grpc.getStatus().getCode()) {
                case DEADLINE_EXCEEDED -> sibling + " did not answer in time (deadline exceeded)";
                case UNAVAILABLE -> sibling + " is unavailable";
                default -> sibling + " failed: " + grpc.getStatus().getCode();
            });
        }
        // An answer that could not be read (an id that is not one, a missing field) is the sibling's fault too.
        return new DependencyUnavailableException(
                sibling + " could not be asked: " + failure.getClass().getSimpleName());
    }
}
