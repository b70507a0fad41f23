package cn.gov.sucheng.worksafety.platform.grpc;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import cn.gov.sucheng.worksafety.platform.domain.DependencyUnavailableException;
import com.google.common.util.concurrent.ListenableFuture;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service's calls to a sibling as the platform sets them up (its auto-configuration and default breaker settings,
 * Resilience4j's Spring Boot registry), blocking and asynchronous, against a sibling served in-process: an answer passes, NOT_FOUND
 * is "not there" and never opens the breaker, a sibling that keeps failing is a 503 and, after half of the last
 * calls failed, is not called at all for a while.
 */
@SpringBootTest(classes = SiblingCallsTest.App.class, webEnvironment = WebEnvironment.MOCK, properties = {
        "spring.grpc.server.inprocess.name=" + SiblingCallsTest.SIBLING, "spring.grpc.server.port=0",
        "spring.grpc.server.health.enabled=false",
        "spring.cloud.nacos.discovery.enabled=false" })
class SiblingCallsTest {

    static final String SIBLING = "sibling-calls-test";
    static final AtomicInteger CALLS = new AtomicInteger();

    @Autowired
    SiblingCalls siblings;

    @Autowired
    CircuitBreakerRegistry breakers;

    ManagedChannel channel;
    HealthGrpc.HealthBlockingStub sibling;

    @BeforeEach
    void setUp() {
        channel = InProcessChannelBuilder.forName(SIBLING).build();
        sibling = HealthGrpc.newBlockingStub(channel);
        CALLS.set(0);
    }

    @AfterEach
    void tearDown() {
        channel.shutdownNow();
        breakers.circuitBreaker(SIBLING).reset();
    }

    Optional<ServingStatus> ask(String what) {
        return siblings.find(SIBLING, () -> sibling.withDeadlineAfter(30, TimeUnit.SECONDS)
                .check(HealthCheckRequest.newBuilder().setService(what).build()).getStatus());
    }

    @Test
    void passesTheSiblingsAnswerOn() {
        assertThat(ask("known")).contains(ServingStatus.SERVING);
        assertThat(siblings.call(SIBLING, () -> sibling.check(HealthCheckRequest.newBuilder().setService("known")
                .build()).getStatus())).isEqualTo(ServingStatus.SERVING);
    }

    @Test
    void notFoundIsAnAnswerAndNeverOpensTheBreaker() {
        for (int i = 0; i < 20; i++) {
            assertThat(ask("unknown")).isEmpty();
        }

        assertThat(breakers.circuitBreaker(SIBLING).getState()).isEqualTo(State.CLOSED);
        assertThat(CALLS).hasValue(20);
    }

    @Test
    void aSiblingThatCannotAnswerIsUnavailableAndOnceItKeepsFailingIsNotCalledForAWhile() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> ask("down")).isInstanceOf(DependencyUnavailableException.class)
                    .hasMessage(SIBLING + " is unavailable");
        }
        assertThat(breakers.circuitBreaker(SIBLING).getState()).isEqualTo(State.OPEN);

        assertThatThrownBy(() -> ask("known")).isInstanceOf(DependencyUnavailableException.class)
                .hasMessageContaining("circuit open");
        assertThat(CALLS).as("the open breaker answers without calling").hasValue(5);
    }

    @Test
    void anAsynchronousCallAnswersFailsAsUnavailableAndIsNotStartedWhileTheBreakerIsOpen() throws Exception {
        HealthGrpc.HealthFutureStub async = HealthGrpc.newFutureStub(channel);
        Supplier<CompletableFuture<ServingStatus>> known = () -> toFuture(async.check(
                HealthCheckRequest.newBuilder().setService("known").build()));
        Supplier<CompletableFuture<ServingStatus>> down = () -> toFuture(async.check(
                HealthCheckRequest.newBuilder().setService("down").build()));

        assertThat(siblings.callAsync(SIBLING, known).get(30, TimeUnit.SECONDS)).isEqualTo(ServingStatus.SERVING);
        breakers.circuitBreaker(SIBLING).reset();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> siblings.callAsync(SIBLING, down).get(30, TimeUnit.SECONDS))
                    .cause().isInstanceOf(DependencyUnavailableException.class).hasMessage(SIBLING + " is unavailable");
        }
        int calls = CALLS.get();

        assertThatThrownBy(() -> siblings.callAsync(SIBLING, known).get(30, TimeUnit.SECONDS))
                .cause().isInstanceOf(DependencyUnavailableException.class).hasMessageContaining("circuit open");
        assertThat(CALLS).as("the open breaker does not start the call").hasValue(calls);
    }

    static CompletableFuture<ServingStatus> toFuture(ListenableFuture<HealthCheckResponse> call) {
        CompletableFuture<ServingStatus> answer = new CompletableFuture<>();
        call.addListener(() -> {
            try {
                answer.complete(call.get().getStatus());
            }
            catch (ExecutionException ex) {
                answer.completeExceptionally(ex.getCause());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                answer.completeExceptionally(ex);
            }
        }, Runnable::run);
        return answer;
    }

    @Test
    void anAnswerThatCannotBeReadIsTheSiblingsFailureToo() {
        assertThatThrownBy(() -> siblings.call(SIBLING, () -> java.util.UUID.fromString("not-an-id")))
                .isInstanceOf(DependencyUnavailableException.class)
                .hasMessage(SIBLING + " could not be asked: IllegalArgumentException");
    }

    @SpringBootConfiguration
    // No database and no issuer here: only the sibling calls are what this test is about.
    @EnableAutoConfiguration(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
    static class App {

        /** A sibling that knows "known", does not know "unknown" and is down for "down". */
        @Bean
        HealthGrpc.HealthImplBase sibling() {
            return new HealthGrpc.HealthImplBase() {
                @Override
                public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> response) {
                    CALLS.incrementAndGet();
                    switch (request.getService()) {
                        case "known" -> {
                            response.onNext(HealthCheckResponse.newBuilder().setStatus(ServingStatus.SERVING).build());
                            response.onCompleted();
                        }
                        case "unknown" -> response.onError(Status.NOT_FOUND.asRuntimeException());
                        default -> response.onError(Status.UNAVAILABLE.withDescription("down").asRuntimeException());
                    }
                }
            };
        }
    }
}
