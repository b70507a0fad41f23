package cn.gov.sucheng.worksafety.enterprise.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.BatchGetEnterprisesRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.BatchGetEnterprisesResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCode;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.NewEnterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Place;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry's gRPC contract, on a real port, as a sibling service calls it. */
@SpringBootTest(properties = { "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class EnterpriseGrpcIT {

    @LocalGrpcPort
    int grpcPort;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    JdbcClient jdbc;

    ManagedChannel channel;
    EnterpriseServiceGrpc.EnterpriseServiceBlockingStub enterprises;

    @BeforeEach
    void setUp() {
        jdbc.sql("DELETE FROM enterprise").update();
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
        enterprises = EnterpriseServiceGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void tearDown() {
        channel.shutdownNow();
    }

    Enterprise registered(String code) {
        return registry.register(new NewEnterprise(CreditCode.parse(code), "宿迁市宏达木业有限公司",
                new Place("耿车镇", null, null, null, null, null),
                cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea.METALLURGY_INDUSTRY_TRADE));
    }

    @Test
    void looksUpOneEnterprise() {
        Enterprise e = registered("91310110666007217T");

        var found = enterprises.getEnterprise(GetEnterpriseRequest.newBuilder().setId(e.id().toString()).build())
                .getEnterprise();

        assertThat(found.getCreditCode()).isEqualTo("91310110666007217T");
        assertThat(found.getTown()).isEqualTo("耿车镇");
        assertThat(found.getIndustryArea()).isEqualTo(IndustryArea.INDUSTRY_AREA_METALLURGY_INDUSTRY_TRADE);
        assertThat(found.getSupervisingDepartment()).isEqualTo("区应急管理局");
    }

    @Test
    void answersNotFoundAndInvalidArgument() {
        assertThatThrownBy(() -> enterprises
                .getEnterprise(GetEnterpriseRequest.newBuilder().setId(UUID.randomUUID().toString()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> enterprises.getEnterprise(GetEnterpriseRequest.newBuilder().setId("x").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    @Test
    void looksUpManyAndListsTheMissing() {
        Enterprise e = registered("91310110666007217T");
        String unknown = UUID.randomUUID().toString();

        BatchGetEnterprisesResponse batch = enterprises.batchGetEnterprises(BatchGetEnterprisesRequest.newBuilder()
                .addIds(e.id().toString()).addIds(unknown).build());

        assertThat(batch.getEnterprisesList()).extracting(m -> m.getId()).containsExactly(e.id().toString());
        assertThat(batch.getMissingIdsList()).containsExactly(unknown);
    }

    @Test
    void servesTheStandardHealthService() {
        var health = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS);
        assertThat(health.check(HealthCheckRequest.newBuilder().build()).getStatus()).isEqualTo(ServingStatus.SERVING);
    }

    @Test
    void listsItsServicesThroughReflection() throws InterruptedException {
        List<String> services = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel)
                .serverReflectionInfo(new StreamObserver<>() {
                    @Override
                    public void onNext(ServerReflectionResponse r) {
                        r.getListServicesResponse().getServiceList().forEach(s -> services.add(s.getName()));
                    }

                    @Override
                    public void onError(Throwable t) {
                        done.countDown();
                    }

                    @Override
                    public void onCompleted() {
                        done.countDown();
                    }
                });
        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
        requests.onCompleted();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(services).contains("worksafety.enterprise.v1.EnterpriseService", "grpc.health.v1.Health");
    }
}
