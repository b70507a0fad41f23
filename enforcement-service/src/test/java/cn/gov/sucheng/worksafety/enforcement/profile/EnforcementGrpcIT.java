package cn.gov.sucheng.worksafety.enforcement.profile;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.enforcement.FakeSiblings;
import cn.gov.sucheng.worksafety.enforcement.ServiceIT;
import cn.gov.sucheng.worksafety.enforcement.TestInspections;
import cn.gov.sucheng.worksafety.enforcement.grpc.v1.EnforcementServiceGrpc;
import cn.gov.sucheng.worksafety.enforcement.grpc.v1.GetEnterpriseEnforcementRequest;
import cn.gov.sucheng.worksafety.enforcement.grpc.v1.GetEnterpriseEnforcementResponse;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.platform.testing.GrpcFieldViolations;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The enforcement part of the enterprise profile over gRPC on the service's real port; and the public view. */
@ServiceIT
class EnforcementGrpcIT {

    @DynamicPropertySource
    static void siblings(DynamicPropertyRegistry registry) {
        FakeSiblings.register(registry);
    }

    @LocalServerPort
    int port;

    @LocalGrpcPort
    int grpcPort;

    @Test
    void answersTheInspectionsAndCasesOfAnEnterprise() throws InterruptedException {
        JsonHttp http = new JsonHttp("http://127.0.0.1:" + port);
        UUID enterprise = FakeSiblings.INSTANCE.enterprise("宿迁市宿城区瑞丰纺织有限公司", "埠子镇", IndustryArea.INDUSTRY_AREA_OTHER);
        String inspection = http.post("/api/v1/inspections", JsonHttp.json(TestInspections.body(enterprise, "纺织车间疏散通道堆放杂物。")))
                .json().path("id").asString();
        String c = http.post("/api/v1/cases", JsonHttp.json(Map.of("enterpriseId", enterprise.toString(),
                "violationType", "EMERGENCY_EXIT_BLOCKED", "major", false, "summary", "疏散通道堆放杂物", "actor", "李明")))
                .json().path("id").asString();
        for (String action : new String[] { "investigate", "notify" }) {
            http.post("/api/v1/cases/" + c + "/" + action, JsonHttp.json(Map.of("actor", "李明")));
        }
        http.post("/api/v1/cases/" + c + "/decide", JsonHttp.json(Map.of("actor", "李明", "fine", 25000)));

        ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1", grpcPort, InsecureChannelCredentials.create()).build();
        try {
            var stub = EnforcementServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
            GetEnterpriseEnforcementResponse answer = stub.getEnterpriseEnforcement(
                    GetEnterpriseEnforcementRequest.newBuilder().setEnterpriseId(enterprise.toString()).build());

            assertThat(answer.getInspections()).isEqualTo(1);
            assertThat(answer.getRecentInspections(0).getId()).isEqualTo(inspection);
            assertThat(answer.getRecentInspections(0).getFindings()).isEqualTo(2);
            assertThat(answer.getLastInspectedAt()).isNotEmpty();
            assertThat(answer.getCases()).isEqualTo(1);
            assertThat(answer.getOpenCases()).isEqualTo(1);
            assertThat(answer.getFinesTotal()).isEqualTo("25000");
            assertThat(answer.getRecentCases(0).getState()).isEqualTo("DECIDED");

            StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, () -> stub.getEnterpriseEnforcement(
                    GetEnterpriseEnforcementRequest.newBuilder().setEnterpriseId("not-a-uuid").build()));
            assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(GrpcFieldViolations.of(refused)).containsExactly("enterprise_id");
            StatusRuntimeException negative = catchThrowableOfType(StatusRuntimeException.class, () -> stub
                    .getEnterpriseEnforcement(GetEnterpriseEnforcementRequest.newBuilder().setEnterpriseId(enterprise.toString())
                            .setRecent(-1).build()));
            assertThat(negative.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(GrpcFieldViolations.of(negative)).containsExactly("recent");
        }
        finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }

        String published = http.get("/api/v1/disclosures/inspections?town=" + java.net.URLEncoder.encode("埠子镇",
                java.nio.charset.StandardCharsets.UTF_8) + "&size=200").body();
        assertThat(published).contains(inspection).contains("责令限期整改").doesNotContain("王建国").doesNotContain("疏散通道堆放杂物");
    }
}
