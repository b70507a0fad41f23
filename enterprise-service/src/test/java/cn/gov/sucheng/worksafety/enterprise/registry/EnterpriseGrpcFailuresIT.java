package cn.gov.sucheng.worksafety.enterprise.registry;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the registry's gRPC calls fail, as a sibling sees it on a real port: an unknown enterprise is NOT_FOUND,
 * and a database that keeps a read waiting on a lock is UNAVAILABLE (retry later), never UNKNOWN and never SQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.cloud.nacos.config.enabled=false",
        "spring.grpc.server.port=0",
        // A read that waits on a lock gives up soon, as under contention in production.
        "spring.datasource.hikari.connection-init-sql=SET lock_timeout = '500ms'" })
class EnterpriseGrpcFailuresIT {

    @LocalGrpcPort
    int grpcPort;

    @Autowired
    DataSource dataSource;

    ManagedChannel channel;
    EnterpriseServiceGrpc.EnterpriseServiceBlockingStub enterprises;

    @BeforeEach
    void setUp() {
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
        enterprises = EnterpriseServiceGrpc.newBlockingStub(channel);
    }

    @AfterEach
    void tearDown() {
        channel.shutdownNow();
    }

    Status statusOfGetEnterprise() {
        StatusRuntimeException thrown = (StatusRuntimeException) org.assertj.core.api.Assertions.catchThrowable(
                () -> enterprises.withDeadlineAfter(60, TimeUnit.SECONDS)
                        .getEnterprise(GetEnterpriseRequest.newBuilder().setId(UUID.randomUUID().toString()).build()));
        assertThat(thrown).as("the call must fail").isNotNull();
        return thrown.getStatus();
    }

    @Test
    void answersNotFoundForAnUnknownEnterprise() {
        Status status = statusOfGetEnterprise();

        assertThat(status.getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(status.getDescription()).contains("does not exist");
    }

    @Test
    void answersUnavailableWhenTheRegistryTableStaysLocked() throws Exception {
        try (Connection locker = dataSource.getConnection(); Statement sql = locker.createStatement()) {
            locker.setAutoCommit(false);
            sql.execute("LOCK TABLE enterprise IN ACCESS EXCLUSIVE MODE");
            try {
                Status status = statusOfGetEnterprise();

                assertThat(status.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
                assertThat(status.getDescription()).doesNotContainIgnoringCase("select")
                        .doesNotContainIgnoringCase("lock timeout").doesNotContain("enterprise e");
            }
            finally {
                locker.rollback();
            }
        }

        assertThatThrownBy(() -> enterprises.withDeadlineAfter(60, TimeUnit.SECONDS)
                .getEnterprise(GetEnterpriseRequest.newBuilder().setId(UUID.randomUUID().toString()).build()))
                .as("once the lock is gone the registry answers again")
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }
}
