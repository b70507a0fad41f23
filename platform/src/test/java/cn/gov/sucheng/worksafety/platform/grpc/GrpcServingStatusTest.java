package cn.gov.sucheng.worksafety.platform.grpc;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.inprocess.InProcessChannelBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a Kubernetes readiness probe or a client checking a service by name reads from the standard gRPC health
 * service, over spring-grpc's own server (in-process) with Actuator's health: SERVING for the server and each of
 * its services while the application is ready and its database up, NOT_SERVING otherwise, NOT_FOUND for a name
 * the server does not serve.
 */
@SpringBootTest(classes = GrpcServingStatusTest.App.class, webEnvironment = WebEnvironment.NONE, properties = {
        "spring.grpc.server.inprocess.name=" + GrpcServingStatusTest.SERVER, "spring.grpc.server.port=0",
        // Only the updates this test makes: none on a timer in between.
        "worksafety.grpc.health.update-rate=1h" })
@DirtiesContext
class GrpcServingStatusTest {

    static final String SERVER = "grpc-serving-status-test";
    static final String REFLECTION = "grpc.reflection.v1alpha.ServerReflection";

    static final AtomicBoolean databaseUp = new AtomicBoolean(true);

    @Autowired
    GrpcServingStatus servingStatus;

    @Autowired
    ApplicationContext context;

    ManagedChannel channel;
    HealthGrpc.HealthBlockingStub health;

    @BeforeEach
    void setUp() {
        channel = InProcessChannelBuilder.forName(SERVER).build();
        health = HealthGrpc.newBlockingStub(channel);
        databaseUp.set(true);
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        servingStatus.update();
    }

    @AfterEach
    void tearDown() {
        channel.shutdownNow();
    }

    ServingStatus check(String service) {
        return health.withDeadlineAfter(30, TimeUnit.SECONDS)
                .check(HealthCheckRequest.newBuilder().setService(service).build()).getStatus();
    }

    @Test
    void theServerAndEachServiceItServesAreServingByTheirFullNames() {
        assertThat(check("")).isEqualTo(ServingStatus.SERVING);
        assertThat(check(REFLECTION)).isEqualTo(ServingStatus.SERVING);
        assertThat(check("grpc.health.v1.Health")).isEqualTo(ServingStatus.SERVING);
        assertThatThrownBy(() -> check("worksafety.nothing.v1.NoSuchService"))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void aDatabaseDownIsNotServingForEveryServiceAndServingAgainOnceItIsBack() {
        databaseUp.set(false);
        servingStatus.update();

        assertThat(check("")).isEqualTo(ServingStatus.NOT_SERVING);
        assertThat(check(REFLECTION)).isEqualTo(ServingStatus.NOT_SERVING);

        databaseUp.set(true);
        servingStatus.update();

        assertThat(check("")).isEqualTo(ServingStatus.SERVING);
        assertThat(check(REFLECTION)).isEqualTo(ServingStatus.SERVING);
    }

    @Test
    void refusingTrafficIsNotServingAtOnceWithoutWaitingForTheNextUpdate() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        assertThat(check("")).isEqualTo(ServingStatus.NOT_SERVING);
        assertThat(check(REFLECTION)).isEqualTo(ServingStatus.NOT_SERVING);
    }

    @SpringBootConfiguration
    // No DataSource: the "db" indicator below stands in for the one a service's database gives.
    @EnableAutoConfiguration(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
    static class App {

        @Bean
        HealthIndicator dbHealthIndicator() {
            return () -> databaseUp.get() ? Health.up().build() : Health.down().withDetail("error", "gone").build();
        }
    }
}
