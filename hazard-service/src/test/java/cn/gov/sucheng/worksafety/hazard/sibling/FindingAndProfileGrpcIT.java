package cn.gov.sucheng.worksafety.hazard.sibling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import cn.gov.sucheng.worksafety.enterprise.grpc.v1.IndustryArea;
import cn.gov.sucheng.worksafety.hazard.RegistryBackedIT;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.CreateHazardFromFindingRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.CreateHazardFromFindingResponse;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardStatisticsRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardGrade;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc.HazardServiceBlockingStub;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.ListEnterpriseHazardsRequest;
import cn.gov.sucheng.worksafety.platform.testing.GrpcFieldViolations;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** hazard-service's gRPC contract on a real port: findings become hazards once per finding id; profile figures. */
class FindingAndProfileGrpcIT extends RegistryBackedIT {

    @LocalGrpcPort
    int grpcPort;

    ManagedChannel channel;

    @BeforeEach
    void connect() {
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    HazardServiceBlockingStub stub() {
        return HazardServiceGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS);
    }

    static CreateHazardFromFindingRequest finding(UUID findingId, UUID enterprise, HazardGrade grade, String deadline) {
        return CreateHazardFromFindingRequest.newBuilder().setFindingId(findingId.toString())
                .setInspectionId(UUID.randomUUID().toString()).setEnterpriseId(enterprise.toString())
                .setDescription("消防通道被货物堵塞").setPlace("一号仓库").setGrade(grade).setDeadline(deadline)
                .setFoundAt("2026-03-01T10:00:00+08:00").addOfficerBadges("32130201").addOfficerBadges("32130202")
                .build();
    }

    @Test
    void aFindingBecomesOneHazardHoweverOftenAndHoweverConcurrentlyItIsDelivered() {
        UUID enterprise = enterprise("宿迁市鑫盛商贸有限公司", "幸福街道", IndustryArea.INDUSTRY_AREA_FIRE_SAFETY);
        UUID findingId = UUID.randomUUID();
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();

        List<CreateHazardFromFindingResponse> answers = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> stub().createHazardFromFinding(
                        finding(findingId, enterprise, HazardGrade.HAZARD_GRADE_GENERAL, deadline))))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(CreateHazardFromFindingResponse::getHazardId).containsOnly(answers.get(0)
                .getHazardId());
        assertThat(answers).filteredOn(a -> !a.getReplayed()).hasSize(1);
        assertThat(answers.get(0).getStatus()).isEqualTo("REPORTED");
        var hazard = http.get("/api/v1/hazards/" + answers.get(0).getHazardId()).json();
        assertThat(hazard.path("source").asString()).isEqualTo("INSPECTION_FINDING");
        assertThat(hazard.path("findingId").asString()).isEqualTo(findingId.toString());
        assertThat(hazard.path("deadline").asString()).isEqualTo(deadline);
        assertThat(hazard.path("reportedBy").asString()).isEqualTo("32130201, 32130202");
        assertThat(http.get("/api/v1/hazards/" + answers.get(0).getHazardId() + "/history").json().path("total")
                .asLong()).isEqualTo(1);
    }

    @Test
    void aGeneralFindingWithoutDeadlineWasFixedOnTheSpotAndIsClosed() {
        UUID enterprise = enterprise("宿迁市兴隆五金有限公司", "项里街道", IndustryArea.INDUSTRY_AREA_METALLURGY_INDUSTRY_TRADE);
        var answer = stub().createHazardFromFinding(finding(UUID.randomUUID(), enterprise,
                HazardGrade.HAZARD_GRADE_GENERAL, ""));
        assertThat(answer.getStatus()).isEqualTo("CLOSED");
        assertThat(answer.getReplayed()).isFalse();
    }

    @Test
    void refusesAnUnknownEnterpriseAndMalformedFieldsNamingThem() {
        assertThatThrownBy(() -> stub().createHazardFromFinding(finding(UUID.randomUUID(), UUID.randomUUID(),
                HazardGrade.HAZARD_GRADE_MAJOR, "")))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
        UUID enterprise = enterprise("宿迁市测试企业", "古城街道", IndustryArea.INDUSTRY_AREA_OTHER);
        assertThatThrownBy(() -> stub().createHazardFromFinding(finding(UUID.randomUUID(), enterprise,
                HazardGrade.HAZARD_GRADE_MAJOR, "").toBuilder().setFindingId("F-1").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).startsWith("finding_id");
                });
        assertThatThrownBy(() -> stub().createHazardFromFinding(finding(UUID.randomUUID(), enterprise,
                HazardGrade.HAZARD_GRADE_UNSPECIFIED, "")))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getDescription()).startsWith("grade"));
        assertThatThrownBy(() -> stub().createHazardFromFinding(finding(UUID.randomUUID(), enterprise,
                HazardGrade.HAZARD_GRADE_MAJOR, "next week")))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getDescription()).startsWith("deadline"));
    }

    @Test
    void givesTheProfileItsFiguresAndTheEnterprisesHazardsAndStatistics() {
        UUID enterprise = enterprise("宿迁市德润化工有限公司", "耿车镇", IndustryArea.INDUSTRY_AREA_HAZARDOUS_CHEMICALS);
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
        String major = stub().createHazardFromFinding(finding(UUID.randomUUID(), enterprise,
                HazardGrade.HAZARD_GRADE_MAJOR, deadline)).getHazardId();
        stub().createHazardFromFinding(finding(UUID.randomUUID(), enterprise, HazardGrade.HAZARD_GRADE_GENERAL, ""));
        post("/api/v1/hazards/" + major + "/confirm", Map.of("version", 0, "grade", "MAJOR", "handling", "BY_DEADLINE",
                "deadline", deadline, "assignee", "厂长", "actor", "李科员"));
        assertThat(post("/api/v1/hazards/" + major + "/supervision", Map.of("supervisingBody", "区安委办", "goal", "整改",
                "method", "停产整改", "fundsCny", 50000, "organisation", "企业", "deadline", deadline, "safetyMeasures",
                "停止作业", "emergencyPlan", "专项预案", "actor", "王科长", "version", 1)).status()).isEqualTo(201);
        assertThat(post("/api/v1/accidents", Map.of("kind", "ACCIDENT", "occurredAt", "2025-06-01T10:00:00+08:00",
                "reportedAt", "2025-06-01T10:30:00+08:00", "enterpriseId", enterprise.toString(), "industryArea",
                "HAZARDOUS_CHEMICALS", "place", "储罐区", "description", "中毒", "deaths", 1, "injuries", 2,
                "directLossCny", 800000)).status()).isEqualTo(201);

        var summary = stub().getEnterpriseHazardSummary(GetEnterpriseHazardSummaryRequest.newBuilder()
                .setEnterpriseId(enterprise.toString()).build());
        assertThat(summary.getTotal()).isEqualTo(2);
        assertThat(summary.getOpen()).isEqualTo(1);
        assertThat(summary.getOpenMajor()).isEqualTo(1);
        assertThat(summary.getClosed()).isEqualTo(1);
        assertThat(summary.getOverdue()).isZero();
        assertThat(summary.getMajorUnderSupervision()).isEqualTo(1);
        assertThat(summary.getAccidents()).isEqualTo(1);
        assertThat(summary.getAccidentDeaths()).isEqualTo(1);

        var list = stub().listEnterpriseHazards(ListEnterpriseHazardsRequest.newBuilder()
                .setEnterpriseId(enterprise.toString()).setPageSize(1).build());
        assertThat(list.getTotalSize()).isEqualTo(2);
        assertThat(list.getHazardsCount()).isEqualTo(1);
        assertThatThrownBy(() -> stub().listEnterpriseHazards(ListEnterpriseHazardsRequest.newBuilder()
                .setEnterpriseId(enterprise.toString()).setPageSize(500).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
                    assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(ex.getStatus().getDescription()).isEqualTo("page_size must be between 1 and 200");
                    assertThat(GrpcFieldViolations.of(ex)).containsExactly("page_size");
                });

        var stats = stub().getEnterpriseHazardStatistics(GetEnterpriseHazardStatisticsRequest.newBuilder()
                .setEnterpriseId(enterprise.toString()).setYear(2026).build());
        assertThat(stats.getPeriodsList()).hasSize(5);
        assertThat(stats.getPeriods(0).getFound()).isEqualTo(2);
        assertThat(stats.getPeriods(0).getFixed()).isEqualTo(1);
        assertThat(stats.getPeriods(0).getFixRate()).isEqualTo(0.5);
        assertThat(stats.getPeriods(4).getQuarter()).isZero();
        assertThat(stats.getPeriods(4).getMajor()).isEqualTo(1);
    }
}
