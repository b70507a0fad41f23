package cn.gov.sucheng.worksafety.enterprise.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.BatchGetEnterprisesRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.BatchGetEnterprisesResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.EnterpriseServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseByCreditCodeRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.GetEnterpriseRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.ListDrawPoolResponse;
import cn.gov.sucheng.worksafety.enterprise.registry.application.EnterpriseRegistry;
import cn.gov.sucheng.worksafety.enterprise.registry.model.CreditCode;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Enterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.NewEnterprise;
import cn.gov.sucheng.worksafety.enterprise.registry.model.Place;
import cn.gov.sucheng.worksafety.platform.testing.GrpcFieldViolations;
import cn.gov.sucheng.worksafety.platform.testing.GrpcReflection;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry's gRPC contract, on a real port, as a sibling service calls it. */
// The same context as the REST ITs (web environment and properties), so the suite starts it once.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.cloud.nacos.config.enabled=false",
        "spring.grpc.server.port=0" })
class EnterpriseGrpcIT {

    @LocalGrpcPort
    int grpcPort;

    @Autowired
    EnterpriseRegistry registry;

    ManagedChannel channel;
    EnterpriseServiceGrpc.EnterpriseServiceBlockingStub enterprises;

    @BeforeEach
    void setUp() {
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
        String code = Registrations.newCode();
        Enterprise e = registered(code);

        var found = enterprises.getEnterprise(GetEnterpriseRequest.newBuilder().setId(e.id().toString()).build())
                .getEnterprise();

        assertThat(found.getCreditCode()).isEqualTo(code);
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
                .isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
                    assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcFieldViolations.of(ex)).containsExactly("id");
                });
    }

    @Test
    void looksUpManyAndListsTheMissing() {
        Enterprise e = registered(Registrations.newCode());
        String unknown = UUID.randomUUID().toString();

        BatchGetEnterprisesResponse batch = enterprises.batchGetEnterprises(BatchGetEnterprisesRequest.newBuilder()
                .addIds(e.id().toString()).addIds(unknown).build());

        assertThat(batch.getEnterprisesList()).extracting(m -> m.getId()).containsExactly(e.id().toString());
        assertThat(batch.getMissingIdsList()).containsExactly(unknown);
    }

    @Test
    void looksUpByCreditCode() {
        String code = Registrations.newCode();
        Enterprise e = registered(code);

        var found = enterprises.getEnterpriseByCreditCode(GetEnterpriseByCreditCodeRequest.newBuilder()
                .setCreditCode(code.toLowerCase()).build()).getEnterprise();

        assertThat(found.getId()).isEqualTo(e.id().toString());
        assertThat(found.getVersion()).isZero();
        assertThat(found.hasCoordinates()).isFalse();
        assertThat(found.getVillage()).isEmpty();
        assertThatThrownBy(() -> enterprises.getEnterpriseByCreditCode(GetEnterpriseByCreditCodeRequest.newBuilder()
                .setCreditCode(Registrations.newCode()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> enterprises.getEnterpriseByCreditCode(GetEnterpriseByCreditCodeRequest.newBuilder()
                .setCreditCode("91A1").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    @Test
    void carriesVillageGridAndCoordinates() {
        Enterprise e = registry.register(new NewEnterprise(CreditCode.parse(Registrations.newCode()), "宿迁市宏达木业有限公司",
                new Place("耿车镇", "大众村", "网格7", "大众路8号", 33.95, 118.21),
                cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea.OTHER));

        var found = enterprises.getEnterprise(GetEnterpriseRequest.newBuilder().setId(e.id().toString()).build())
                .getEnterprise();

        assertThat(found.getVillage()).isEqualTo("大众村");
        assertThat(found.getGrid()).isEqualTo("网格7");
        assertThat(found.getAddress()).isEqualTo("大众路8号");
        assertThat(found.hasCoordinates()).isTrue();
        assertThat(found.getCoordinates().getLatitude()).isEqualTo(33.95);
        assertThat(found.getCoordinates().getLongitude()).isEqualTo(118.21);
    }

    Enterprise registeredIn(String town, cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea area) {
        return registry.register(new NewEnterprise(CreditCode.parse(Registrations.newCode()), "抽查对象",
                new Place(town, null, null, null, null, null), area));
    }

    @Test
    void pagesThroughTheDrawPoolByTokenWithoutGapsOrRepeats() {
        String town = Registrations.newTown();
        Set<String> registered = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            registered.add(registeredIn(town, cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea.OTHER)
                    .id().toString());
        }
        Enterprise gone = registeredIn(town, cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea.OTHER);
        registry.delete(gone.id(), null);

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = "";
        do {
            ListDrawPoolResponse page = enterprises.listDrawPool(ListDrawPoolRequest.newBuilder().setTown(town)
                    .setPageSize(2).setPageToken(token).build());
            assertThat(page.getTotalSize()).isEqualTo(5);
            page.getEnterprisesList().forEach(m -> seen.add(m.getId()));
            pageSizes.add(page.getEnterprisesCount());
            token = page.getNextPageToken();
        }
        while (!token.isEmpty());

        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void filtersTheDrawPoolLikeTheListAndBoundsThePageSize() {
        String town = Registrations.newTown();
        Enterprise chemicals = registeredIn(town,
                cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea.HAZARDOUS_CHEMICALS);
        registeredIn(town, cn.gov.sucheng.worksafety.enterprise.registry.model.IndustryArea.CONSTRUCTION);

        ListDrawPoolResponse byArea = enterprises.listDrawPool(ListDrawPoolRequest.newBuilder().setTown(town)
                .setIndustryArea(IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS).build());
        assertThat(byArea.getEnterprisesList()).extracting(m -> m.getId()).containsExactly(chemicals.id().toString());
        assertThat(byArea.getNextPageToken()).isEmpty();

        ListDrawPoolResponse byDepartment = enterprises.listDrawPool(ListDrawPoolRequest.newBuilder().setTown(town)
                .setSupervisingDepartment("区住房和城乡建设局").setPageSize(5000).build());
        assertThat(byDepartment.getEnterprisesCount()).isEqualTo(1);
        assertThat(byDepartment.getTotalSize()).isEqualTo(1);

        // Each refusal names its field in a google.rpc.BadRequest, as a client generated in any language reads it.
        Map<String, ListDrawPoolRequest> refused = Map.of(
                "page_size", ListDrawPoolRequest.newBuilder().setPageSize(-1).build(),
                "page_token", ListDrawPoolRequest.newBuilder().setPageToken("x").build(),
                "standardization_grade", ListDrawPoolRequest.newBuilder().setStandardizationGrade(9).build(),
                "industry_area", ListDrawPoolRequest.newBuilder().setIndustryAreaValue(99).build(),
                "risk_colour", ListDrawPoolRequest.newBuilder().setRiskColourValue(99).build());
        refused.forEach((field, request) -> assertThatThrownBy(() -> enterprises.listDrawPool(request))
                .isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
                    assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(ex.getStatus().getDescription()).startsWith(field + " ");
                    assertThat(GrpcFieldViolations.of(ex)).containsExactly(field);
                }));
    }

    @Test
    void servesTheStandardHealthServiceForTheServerAndEachServiceByName() {
        var health = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
        for (String service : List.of("", "worksafety.enterprise.v1.EnterpriseService",
                "worksafety.enterprise.v1.CreditOutcomeService", "grpc.health.v1.Health")) {
            assertThat(health.check(HealthCheckRequest.newBuilder().setService(service).build()).getStatus())
                    .as(service).isEqualTo(ServingStatus.SERVING);
        }
    }

    @Test
    void listsItsServicesThroughReflectionV1AndV1Alpha() throws InterruptedException {
        List<String> v1 = GrpcReflection.listServices(channel);
        List<String> v1alpha = GrpcReflection.listServicesV1Alpha(channel);

        assertThat(v1).contains("worksafety.enterprise.v1.EnterpriseService",
                "worksafety.enterprise.v1.CreditOutcomeService", "grpc.health.v1.Health");
        assertThat(v1alpha).containsExactlyInAnyOrderElementsOf(v1);
    }
}
