package cn.gov.sucheng.worksafety.enterprise.credit;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import cn.gov.sucheng.worksafety.enterprise.TestEnterprises;
import cn.gov.sucheng.worksafety.enterprise.credit.application.CreditRegister;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEvent;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEventKind;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEventSource;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditEventState;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.CreditOutcomeServiceGrpc;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeRequest;
import cn.gov.sucheng.worksafety.enterprise.grpc.v1.RecordCreditOutcomeResponse;
import cn.gov.sucheng.worksafety.platform.testing.GrpcFieldViolations;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The credit-outcome receiver on a real gRPC port, as enforcement-service delivers to it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.grpc.server.port=0" })
class CreditOutcomeGrpcIT {

    @LocalGrpcPort
    int grpcPort;

    @LocalServerPort
    int httpPort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreditRegister register;

    ManagedChannel channel;
    CreditOutcomeServiceGrpc.CreditOutcomeServiceBlockingStub stub;
    JsonHttp http;
    UUID enterprise;
    LocalDate today;
    // Outcome ids are idempotency keys kept for good: every test's start with its own tag.
    String tag;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID() + "/";
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
        stub = CreditOutcomeServiceGrpc.newBlockingStub(channel);
        http = new JsonHttp("http://127.0.0.1:" + httpPort);
        enterprise = TestEnterprises.register(http);
        today = register.today();
    }

    @AfterEach
    void tearDown() {
        channel.shutdownNow();
    }

    // A deadline counts from when it is set, so each call gets its own.
    CreditOutcomeServiceGrpc.CreditOutcomeServiceBlockingStub outcomes() {
        return stub.withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    RecordCreditOutcomeRequest suspension(String outcomeId) {
        return RecordCreditOutcomeRequest.newBuilder()
                .setOutcomeId(tag + outcomeId)
                .setEnterpriseId(enterprise.toString())
                .setKind(CreditEventKind.CREDIT_EVENT_KIND_SUSPENSION_ORDER)
                .setReason("重大事故隐患未按期整改")
                .setSourceCase("宿城应急罚〔2024〕17号")
                .setStartDate(today.minusDays(1).toString())
                .setEndDate(today.plusMonths(3).toString())
                .build();
    }

    long storedFor(String outcomeId) {
        return jdbc.sql("SELECT count(*) FROM credit_event WHERE outcome_id = :id").param("id", tag + outcomeId)
                .query(Long.class).single();
    }

    static void assertStatus(Runnable call, Status.Code code, String descriptionPart) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
            assertThat(ex.getStatus().getCode()).isEqualTo(code);
            assertThat(ex.getStatus().getDescription()).contains(descriptionPart);
        });
    }

    @Test
    void recordsAnOutcomeAsACreditEventOfTheEnterprise() {
        RecordCreditOutcomeResponse response = outcomes().recordCreditOutcome(suspension("decision-17"));

        CreditEvent event = response.getEvent();
        assertThat(response.getReplayed()).isFalse();
        assertThat(event.getEnterpriseId()).isEqualTo(enterprise.toString());
        assertThat(event.getKind()).isEqualTo(CreditEventKind.CREDIT_EVENT_KIND_SUSPENSION_ORDER);
        assertThat(event.getSource()).isEqualTo(CreditEventSource.CREDIT_EVENT_SOURCE_ENFORCEMENT_CASE);
        assertThat(event.getState()).isEqualTo(CreditEventState.CREDIT_EVENT_STATE_ACTIVE);
        assertThat(event.getOutcomeId()).isEqualTo(tag + "decision-17");
        assertThat(event.getEndDate()).isEqualTo(today.plusMonths(3).toString());

        var read = http.get("/api/v1/credit-events/" + event.getId()).json();
        assertThat(read.path("source").asString()).isEqualTo("ENFORCEMENT_CASE");
        assertThat(read.path("sourceCase").asString()).isEqualTo("宿城应急罚〔2024〕17号");
    }

    @Test
    void aReplayReturnsTheSameEventAndStoresNothingNew() {
        CreditEvent first = outcomes().recordCreditOutcome(suspension("decision-18")).getEvent();

        RecordCreditOutcomeResponse replay = outcomes().recordCreditOutcome(suspension("decision-18"));
        RecordCreditOutcomeResponse paddedReplay = outcomes().recordCreditOutcome(suspension("decision-18").toBuilder()
                .setReason("  重大事故隐患未按期整改 ").build());

        assertThat(replay.getReplayed()).isTrue();
        assertThat(replay.getEvent()).isEqualTo(first);
        assertThat(paddedReplay.getEvent()).isEqualTo(first);
        assertThat(storedFor("decision-18")).isEqualTo(1);
    }

    @Test
    void aReplayAfterLiftingReturnsTheLiftedEventUntouched() {
        CreditEvent first = outcomes().recordCreditOutcome(suspension("decision-19")).getEvent();
        http.post("/api/v1/credit-events/" + first.getId() + "/lift",
                JsonHttp.json(Map.of("reason", "整改完成，同意复产", "liftedBy", "李强")));

        CreditEvent replayed = outcomes().recordCreditOutcome(suspension("decision-19")).getEvent();

        assertThat(replayed.getId()).isEqualTo(first.getId());
        assertThat(replayed.getState()).isEqualTo(CreditEventState.CREDIT_EVENT_STATE_LIFTED);
        assertThat(replayed.getLiftedOn()).isEqualTo(today.toString());
        assertThat(storedFor("decision-19")).isEqualTo(1);
    }

    @Test
    void aReplayThatSaysSomethingElseIsRefusedAndTheFirstStands() {
        CreditEvent first = outcomes().recordCreditOutcome(suspension("decision-20")).getEvent();

        assertStatus(() -> outcomes().recordCreditOutcome(suspension("decision-20").toBuilder()
                .setEndDate(today.plusMonths(6).toString()).build()), Status.Code.ALREADY_EXISTS, "end_date");

        assertThat(storedFor("decision-20")).isEqualTo(1);
        assertThat(http.get("/api/v1/credit-events/" + first.getId()).json().path("endDate").asString())
                .isEqualTo(today.plusMonths(3).toString());
    }

    @Test
    void answersFailedPreconditionForAnUnknownEnterprise() {
        assertStatus(() -> outcomes().recordCreditOutcome(suspension("decision-21").toBuilder()
                .setEnterpriseId(UUID.randomUUID().toString()).build()), Status.Code.FAILED_PRECONDITION, "enterprise");

        assertThat(storedFor("decision-21")).isZero();
    }

    @Test
    void answersInvalidArgumentNamingTheField() {
        Map<String, UnaryOperator<RecordCreditOutcomeRequest.Builder>> broken = Map.of(
                "outcome_id", b -> b.clearOutcomeId(),
                "enterprise_id", b -> b.setEnterpriseId("not-a-uuid"),
                "kind", b -> b.clearKind(),
                "reason", b -> b.setReason(" "),
                "source_case", b -> b.clearSourceCase(),
                "start_date", b -> b.setStartDate("2024-13-01"),
                "end_date", b -> b.setEndDate(today.minusDays(2).toString()));

        broken.forEach((field, breakIt) -> assertThatThrownBy(
                () -> outcomes().recordCreditOutcome(breakIt.apply(suspension("decision-22").toBuilder()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, ex -> {
                    assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(ex.getStatus().getDescription()).startsWith(field + " ");
                    assertThat(GrpcFieldViolations.of(ex)).as(field).containsExactly(field);
                }));
        assertStatus(() -> outcomes().recordCreditOutcome(suspension("decision-22").toBuilder().clearStartDate().build()),
                Status.Code.INVALID_ARGUMENT, "start_date is required");
        assertStatus(() -> outcomes().recordCreditOutcome(suspension("decision-22").toBuilder()
                .setKind(CreditEventKind.CREDIT_EVENT_KIND_CLOSURE_ORDER).build()), Status.Code.INVALID_ARGUMENT,
                "end_date");

        assertThat(storedFor("decision-22")).isZero();
    }
}
