package cn.gov.sucheng.worksafety.platform.grpc;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.platform.domain.NotFoundException;
import cn.gov.sucheng.worksafety.platform.testing.GrpcReflection;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.CannotAcquireLockException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every service's gRPC server gets from the platform, over spring-grpc's own server (in-process): the status
 * codes a client sees when a call fails, and server reflection in both versions.
 */
@SpringBootTest(classes = GrpcServerDefaultsTest.App.class, webEnvironment = WebEnvironment.NONE, properties = {
        "spring.grpc.server.inprocess.name=" + GrpcServerDefaultsTest.SERVER, "spring.grpc.server.port=0",
        // The failing service below stands in for the standard health service.
        "spring.grpc.server.health.enabled=false" })
class GrpcServerDefaultsTest {

    static final String SERVER = "grpc-server-defaults-test";

    ManagedChannel channel;
    HealthGrpc.HealthBlockingStub failing;

    @BeforeEach
    void setUp() {
        channel = InProcessChannelBuilder.forName(SERVER).build();
        failing = HealthGrpc.newBlockingStub(channel);
    }

    @AfterEach
    void tearDown() {
        channel.shutdownNow();
    }

    Status statusOf(String failure) {
        StatusRuntimeException thrown = org.junit.jupiter.api.Assertions.assertThrows(StatusRuntimeException.class,
                () -> failing.withDeadlineAfter(30, TimeUnit.SECONDS)
                        .check(HealthCheckRequest.newBuilder().setService(failure).build()));
        return thrown.getStatus();
    }

    @Test
    void answersADomainNotFoundAsNotFound() {
        Status status = statusOf("not-found");

        assertThat(status.getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(status.getDescription()).endsWith("does not exist");
    }

    @Test
    void answersALockTimeoutAsUnavailableWithoutItsSql() {
        Status status = statusOf("lock-timeout");

        assertThat(status.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(status.getDescription()).doesNotContain("UPDATE", "lock timeout");
    }

    @Test
    void answersAnUnexpectedFailureAsInternalNotUnknown() {
        Status status = statusOf("bug");

        assertThat(status.getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(status.getDescription()).doesNotContain("hunter2");
    }

    @Test
    void keepsTheStatusAServiceChose() {
        assertThat(statusOf("invalid").getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void listsItsServicesThroughReflectionV1AndV1Alpha() throws InterruptedException {
        List<String> v1 = GrpcReflection.listServices(channel);
        List<String> v1alpha = GrpcReflection.listServicesV1Alpha(channel);

        assertThat(v1).contains("grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection",
                "grpc.reflection.v1alpha.ServerReflection");
        assertThat(v1alpha).containsExactlyInAnyOrderElementsOf(v1);
    }

    @Test
    void theReflectionHelperFailsForAVersionNotServed() {
        ManagedChannel nowhere = InProcessChannelBuilder.forName("no-server-" + UUID.randomUUID()).build();
        try {
            assertThatThrownBy(() -> GrpcReflection.listServicesV1Alpha(nowhere)).isInstanceOf(AssertionError.class);
        }
        finally {
            nowhere.shutdownNow();
        }
    }

    @SpringBootConfiguration
    // No database here: the platform's JDBC parts (Idempotency-Key records) are not what this test is about.
    @EnableAutoConfiguration(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
    static class App {

        /** Fails each call the way its service name says. */
        @Bean
        HealthGrpc.HealthImplBase failingService() {
            return new HealthGrpc.HealthImplBase() {
                @Override
                public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> response) {
                    throw switch (request.getService()) {
                        case "not-found" -> new NotFoundException("enterprise", UUID.randomUUID());
                        case "lock-timeout" -> new CannotAcquireLockException(
                                "UPDATE enterprise SET name = ?; ERROR: canceling statement due to lock timeout");
                        case "invalid" -> Status.INVALID_ARGUMENT.withDescription("id is not a UUID").asRuntimeException();
                        default -> new IllegalStateException("password=hunter2");
                    };
                }
            };
        }
    }
}
