package cn.gov.sucheng.worksafety.training.officer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.training.EnterpriseRegistryDouble;
import cn.gov.sucheng.worksafety.training.TestPeople;
import cn.gov.sucheng.worksafety.training.TrainingServiceIT;
import cn.gov.sucheng.worksafety.training.grpc.v1.CheckOfficerEligibilityRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.CheckOfficerEligibilityResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.GetEnterpriseTrainingSummaryRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.GetEnterpriseTrainingSummaryResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.ListEligibleOfficersRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.ListEligibleOfficersResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.Officer;
import cn.gov.sucheng.worksafety.training.grpc.v1.OfficerServiceGrpc;
import cn.gov.sucheng.worksafety.training.grpc.v1.TrainingServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The officer pool and the profile summary on a real gRPC port, as enforcement- and enterprise-service ask. */
class OfficerGrpcIT extends TrainingServiceIT {

    @LocalGrpcPort
    int grpcPort;

    @LocalServerPort
    int httpPort;

    ManagedChannel channel;
    OfficerServiceGrpc.OfficerServiceBlockingStub officers;
    JsonHttp http;
    String department;
    LocalDate today;

    @BeforeEach
    void setUp() {
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
        officers = OfficerServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
        http = new JsonHttp("http://127.0.0.1:" + httpPort);
        department = "宿城区应急管理局 " + UUID.randomUUID();
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void tearDown() {
        channel.shutdownNow();
    }

    Answer register(String badge, LocalDate validUntil, UUID tied) {
        Answer a = http.post("/api/v1/officers", JsonHttp.json(Map.of("name", "刘洋", "badgeNumber", badge,
                "department", department, "credentialValidUntil", validUntil.toString(), "safetyBackground", true,
                "tiedEnterpriseIds", List.of(tied.toString()))));
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a;
    }

    List<Officer> pool(int pageSize) {
        List<Officer> all = new ArrayList<>();
        String token = "";
        do {
            ListEligibleOfficersResponse page = officers.listEligibleOfficers(ListEligibleOfficersRequest.newBuilder()
                    .setDepartment(department).setPageSize(pageSize).setPageToken(token).build());
            assertThat(page.getAsOf()).isEqualTo(today.toString());
            all.addAll(page.getOfficersList());
            token = page.getNextPageToken();
        }
        while (!token.isEmpty());
        return all;
    }

    @Test
    void thePoolHoldsTheOfficersWithAValidCredentialAndASuspensionIsVisibleToTheNextDraw() {
        UUID tied = UUID.randomUUID();
        String a = "B" + UUID.randomUUID();
        String b = "B" + UUID.randomUUID();
        String c = "B" + UUID.randomUUID();
        register(a, today, tied);
        String bId = register(b, today.plusYears(2), tied).json().path("id").asString();
        register(c, today.minusDays(1), tied);

        List<Officer> drawn = pool(1);
        assertThat(drawn).extracting(Officer::getBadgeNumber).containsExactlyInAnyOrder(a, b);
        assertThat(drawn.get(0).getTiedEnterpriseIdsList()).containsExactly(tied.toString());
        assertThat(drawn.get(0).getSafetyBackground()).isTrue();

        assertThat(http.post("/api/v1/officers/" + bId + "/suspend", JsonHttp.json(Map.of("reason", "调离执法岗位")))
                .status()).isEqualTo(200);
        assertThat(pool(0)).extracting(Officer::getBadgeNumber).containsExactly(a);

        CheckOfficerEligibilityResponse expired = officers.checkOfficerEligibility(
                CheckOfficerEligibilityRequest.newBuilder().setBadgeNumber(c).build());
        assertThat(expired.getEligible()).isFalse();
        assertThat(expired.getReasonsList()).containsExactly("credential expired on " + today.minusDays(1));
        assertThat(officers.checkOfficerEligibility(CheckOfficerEligibilityRequest.newBuilder().setBadgeNumber(c)
                .setAsOf(today.minusDays(1).toString()).build()).getEligible()).isTrue();
    }

    @Test
    void answersNotFoundForAnUnknownBadgeAndInvalidArgumentForAMalformedDayOrToken() {
        assertThatThrownBy(() -> officers.checkOfficerEligibility(CheckOfficerEligibilityRequest.newBuilder()
                .setBadgeNumber("none-" + UUID.randomUUID()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        for (ListEligibleOfficersRequest bad : List.of(ListEligibleOfficersRequest.newBuilder().setAsOf("2026-13-01").build(),
                ListEligibleOfficersRequest.newBuilder().setPageToken("garbage").build(),
                ListEligibleOfficersRequest.newBuilder().setPageSize(1001).build())) {
            assertThatThrownBy(() -> officers.listEligibleOfficers(bad))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        }
    }

    @Test
    void theProfileSummaryCountsCoverageAndListsTheCertificatesDue() {
        UUID enterprise = EnterpriseRegistryDouble.register("项里街道");
        UUID holder = TestPeople.trainee(http, enterprise, "SPECIAL_OPERATION_WORKER", false);
        TestPeople.trainee(http, enterprise, "PRINCIPAL", false);
        UUID pass = TestPeople.exam(http, holder, 80);
        String number = "T" + UUID.randomUUID();
        Answer issued = http.post("/api/v1/certificates", JsonHttp.json(Map.of("number", number,
                "holderId", holder.toString(), "kind", "SPECIAL_OPERATION", "category", "焊接与热切割作业",
                "item", "熔化焊接与热切割作业", "firstIssuedOn", today.minusYears(3).plusDays(20).toString(),
                "examId", pass.toString(), "actor", "王科长")));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);

        GetEnterpriseTrainingSummaryResponse summary = TrainingServiceGrpc.newBlockingStub(channel)
                .withDeadlineAfter(30, TimeUnit.SECONDS).getEnterpriseTrainingSummary(
                        GetEnterpriseTrainingSummaryRequest.newBuilder().setEnterpriseId(enterprise.toString()).build());

        assertThat(summary.getKeyPostHolders()).isEqualTo(2);
        assertThat(summary.getKeyPostHoldersCertified()).isEqualTo(1);
        assertThat(summary.getCertificatesDueList()).singleElement().satisfies(due -> {
            assertThat(due.getNumber()).isEqualTo(number);
            assertThat(due.getState()).isEqualTo("REVIEW_DUE");
            assertThat(due.getHolderName()).isEqualTo("王建国");
        });
    }
}
