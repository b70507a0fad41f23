package cn.gov.sucheng.worksafety.enterprise.profile;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.sucheng.worksafety.enterprise.TestEnterprises;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryRequest;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.GetEnterpriseHazardSummaryResponse;
import cn.gov.sucheng.worksafety.hazard.grpc.v1.HazardServiceGrpc;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.testing.TestDiscoveryClient;
import cn.gov.sucheng.worksafety.training.grpc.v1.CertificateDue;
import cn.gov.sucheng.worksafety.training.grpc.v1.GetEnterpriseTrainingSummaryRequest;
import cn.gov.sucheng.worksafety.training.grpc.v1.GetEnterpriseTrainingSummaryResponse;
import cn.gov.sucheng.worksafety.training.grpc.v1.TrainingServiceGrpc;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one-enterprise profile with hazard- and training-service answering over gRPC on real ports (doubles of
 * their contracts, found through discovery), then down, then too slow. Each test's double binds port 0 once and is
 * registered under the port it got, so no port is picked first and bound later.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.nacos.discovery.enabled=false", "spring.cloud.nacos.config.enabled=false",
        "spring.grpc.server.port=0", "worksafety.enterprise.profile.sibling-deadline=500ms",
        "worksafety.grpc.discovery-refresh=200ms" })
class ProfileApiIT {

    static final HazardDouble HAZARDS = new HazardDouble();
    static final TrainingDouble TRAINING = new TrainingDouble();

    @TestConfiguration(proxyBeanMethods = false)
    static class Registry {

        @Bean
        TestDiscoveryClient testDiscoveryClient() {
            return new TestDiscoveryClient();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestDiscoveryClient discovery;

    @Autowired
    CircuitBreakerRegistry breakers;

    Server hazardServer;
    Server trainingServer;
    JsonHttp http;

    @BeforeEach
    void setUp() throws IOException {
        http = new JsonHttp("http://127.0.0.1:" + port);
        // Each test starts with closed breakers: the doubles of an earlier test were stopped or slow on purpose.
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        HAZARDS.delayMillis = 0;
        TRAINING.delayMillis = 0;
        hazardServer = ServerBuilder.forPort(0).addService(HAZARDS).build().start();
        discovery.register("hazard-service", hazardServer.getPort());
        trainingServer = ServerBuilder.forPort(0).addService(TRAINING).build().start();
        discovery.register("training-service", trainingServer.getPort());
    }

    @AfterEach
    void tearDown() {
        hazardServer.shutdownNow();
        trainingServer.shutdownNow();
    }

    String registered() {
        return TestEnterprises.register(http).toString();
    }

    JsonNode profileOf(String id) {
        Answer answer = http.get("/api/v1/enterprises/" + id + "/profile");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void gathersTheRegistryAndTheHazardFigures() {
        String id = registered();
        awaitAvailable(id, "hazards");

        JsonNode profile = profileOf(id);

        assertThat(profile.path("enterprise").path("id").asString()).isEqualTo(id);
        assertThat(profile.path("hazards").path("available").asBoolean()).isTrue();
        assertThat(profile.path("hazards").path("data").path("open").asLong()).isEqualTo(3);
        assertThat(profile.path("hazards").path("data").path("openMajor").asLong()).isEqualTo(1);
        assertThat(profile.path("hazards").path("data").path("overdue").asLong()).isEqualTo(2);
        assertThat(profile.path("hazards").path("data").path("majorUnderSupervision").asLong()).isEqualTo(1);
        assertThat(profile.path("hazards").path("data").path("accidents").asLong()).isEqualTo(1);
        assertThat(profile.path("hazards").path("data").path("accidentDeaths").asLong()).isEqualTo(1);
        assertThat(profile.path("enforcement").path("available").asBoolean()).isFalse();
        assertThat(profile.path("enforcement").path("reason").asString()).contains("enforcement-service");
        assertThat(profile.path("missing").toString()).doesNotContain("hazards").contains("enforcement");
    }

    @Test
    void showsTheKeyPostCoverageAndTheCertificatesDueFromTrainingService() {
        String id = registered();
        awaitAvailable(id, "training");

        JsonNode training = profileOf(id).path("training");

        assertThat(TRAINING.askedFor).isEqualTo(id);
        assertThat(training.path("available").asBoolean()).isTrue();
        JsonNode data = training.path("data");
        assertThat(data.path("asOf").asString()).isEqualTo("2026-12-01");
        assertThat(data.path("keyPostHolders").asLong()).isEqualTo(4);
        assertThat(data.path("keyPostHoldersCertified").asLong()).isEqualTo(3);
        assertThat(data.path("keyPostCertifiedShare").asDouble()).isEqualTo(0.75);
        assertThat(data.path("highRiskWorkers").asLong()).isEqualTo(2);
        assertThat(data.path("highRiskWorkersTrainedAndAssessed").asLong()).isEqualTo(2);
        assertThat(data.path("highRiskTrainedShare").asDouble()).isEqualTo(1.0);
        assertThat(data.path("meetsTarget").asBoolean()).isFalse();
        assertThat(data.path("certificatesDue")).hasSize(2);
        JsonNode first = data.path("certificatesDue").get(0);
        assertThat(first.path("number").asString()).isEqualTo("T321302198001011234");
        assertThat(first.path("holderName").asString()).isEqualTo("王建国");
        assertThat(first.path("kind").asString()).isEqualTo("SPECIAL_OPERATION");
        assertThat(first.path("state").asString()).isEqualTo("OVERDUE");
        assertThat(first.path("reviewDueOn").asString()).isEqualTo("2026-11-20");
        assertThat(first.path("validUntil").asString()).isEqualTo("2029-11-20");
        assertThat(data.path("certificatesDue").get(1).path("state").asString()).isEqualTo("REVIEW_DUE");
        assertThat(profileOf(id).path("missing").toString()).doesNotContain("training");
    }

    @Test
    void marksTheTrainingPartMissingWhenTrainingServiceIsDown() throws InterruptedException {
        String id = registered();
        awaitAvailable(id, "training");
        trainingServer.shutdownNow().awaitTermination();

        JsonNode profile = profileOf(id);

        assertThat(profile.path("enterprise").path("id").asString()).isEqualTo(id);
        assertThat(profile.path("training").path("available").asBoolean()).isFalse();
        assertThat(profile.path("training").path("reason").asString()).contains("training-service");
        assertThat(profile.path("missing").toString()).contains("training");
    }

    @Test
    void answersWithinTheDeadlineWhenTrainingServiceIsSlow() {
        String id = registered();
        awaitAvailable(id, "training");
        TRAINING.delayMillis = 3_000;

        JsonNode profile = profileOf(id);

        assertThat(profile.path("training").path("available").asBoolean()).isFalse();
        assertThat(profile.path("training").path("reason").asString()).contains("deadline");
        assertThat(profile.path("enterprise").path("id").asString()).isEqualTo(id);
    }

    @Test
    void gathersWhatThisServiceHoldsOfTheEnterprise() {
        String id = registered();
        assertThat(http.send(put("/api/v1/enterprises/" + id + "/risk-colour",
                "{\"colour\":\"ORANGE\",\"reason\":\"年度风险评估\",\"actor\":\"李明\"}")).status()).isEqualTo(200);
        assertThat(http.send(put("/api/v1/enterprises/" + id + "/dual-prevention",
                "{\"built\":true,\"actor\":\"李明\"}")).status()).isEqualTo(200);
        Answer licence = http.post("/api/v1/licences", JsonHttp.json(Map.of("enterpriseId", id,
                "number", "(苏)WH安许证字[P" + id.substring(0, 8) + "]", "scope", "危险化学品经营",
                "issuingAuthority", "江苏省应急管理厅", "issuedOn", "2025-03-15", "actor", "王科长")));
        assertThat(licence.status()).as(licence.toString()).isEqualTo(201);

        JsonNode profile = profileOf(id);

        assertThat(profile.path("riskColour").path("colour").asString()).isEqualTo("ORANGE");
        assertThat(profile.path("dualPrevention").path("built").asBoolean()).isTrue();
        assertThat(profile.path("licences")).hasSize(1);
        assertThat(profile.path("licences").get(0).path("state").asString()).isEqualTo("VALID");
        assertThat(profile.path("majorHazardSources").isArray()).isTrue();
        assertThat(profile.path("credit").isArray()).isTrue();
        assertThat(profile.path("emergencyPlans").isArray()).isTrue();
    }

    java.net.http.HttpRequest.Builder put(String path, String json) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json));
    }

    @Test
    void marksTheHazardPartMissingWhenHazardServiceIsDown() throws InterruptedException {
        String id = registered();
        awaitAvailable(id, "hazards");
        hazardServer.shutdownNow().awaitTermination();

        JsonNode profile = profileOf(id);

        assertThat(profile.path("enterprise").path("id").asString()).isEqualTo(id);
        assertThat(profile.path("hazards").path("available").asBoolean()).isFalse();
        assertThat(profile.path("hazards").path("reason").asString()).contains("hazard-service");
        assertThat(profile.path("missing").toString()).contains("hazards");
    }

    @Test
    void answersWithinTheDeadlineWhenHazardServiceIsSlow() {
        String id = registered();
        awaitAvailable(id, "hazards");
        HAZARDS.delayMillis = 3_000;

        JsonNode profile = profileOf(id);

        assertThat(profile.path("hazards").path("available").asBoolean()).isFalse();
        assertThat(profile.path("hazards").path("reason").asString()).contains("deadline");
    }

    @Test
    void stopsAskingAHazardServiceThatKeepsRunningLateUntilItsBreakerLetsATrialThrough() {
        String id = registered();
        awaitAvailable(id, "hazards");
        breakers.circuitBreaker("hazard-service").reset();
        HAZARDS.delayMillis = 3_000;
        for (int i = 0; i < 5; i++) {
            assertThat(profileOf(id).path("hazards").path("reason").asString()).contains("deadline");
        }
        int asked = HAZARDS.calls.get();

        JsonNode profile = profileOf(id);

        assertThat(profile.path("hazards").path("reason").asString()).contains("circuit open");
        assertThat(HAZARDS.calls.get()).as("calls that reached hazard-service").isEqualTo(asked);
        assertThat(profile.path("training").path("available").asBoolean()).isTrue();

        HAZARDS.delayMillis = 0;
        breakers.circuitBreaker("hazard-service").transitionToOpenState();
        breakers.circuitBreaker("hazard-service").transitionToHalfOpenState();
        assertThat(profileOf(id).path("hazards").path("available").asBoolean()).isTrue();
    }

    @Test
    void answers404ForAnUnknownEnterprise() {
        Answer answer = http.get("/api/v1/enterprises/" + UUID.randomUUID() + "/profile");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    // The channel follows the registry on its next refresh (200 ms here) and reconnects after its back-off.
    private void awaitAvailable(String id, String part) {
        await("the double behind the " + part + " part is reachable").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    // Calls that failed while the channel reconnected do not count against the sibling.
                    breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
                    return profileOf(id).path(part).path("available").asBoolean();
                });
    }

    /** hazard-service's contract: three open hazards, one of them major, for any enterprise. */
    static class HazardDouble extends HazardServiceGrpc.HazardServiceImplBase {

        volatile long delayMillis;
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public void getEnterpriseHazardSummary(GetEnterpriseHazardSummaryRequest request,
                StreamObserver<GetEnterpriseHazardSummaryResponse> response) {
            calls.incrementAndGet();
            if (delayMillis > 0) {
                try {
                    TimeUnit.MILLISECONDS.sleep(delayMillis);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            response.onNext(GetEnterpriseHazardSummaryResponse.newBuilder().setEnterpriseId(request.getEnterpriseId())
                    .setTotal(5).setOpen(3).setOpenMajor(1).setClosed(2)
                    .setLastReportedAt("2026-11-20T09:30:00+08:00").setOverdue(2).setMajorUnderSupervision(1)
                    .setAccidents(1).setAccidentDeaths(1).build());
            response.onCompleted();
        }
    }

    /**
     * training-service's contract: four key-post holders, three certified, both high-risk workers trained, and two
     * certificates due, the overdue one first (the order training-service gives).
     */
    static class TrainingDouble extends TrainingServiceGrpc.TrainingServiceImplBase {

        volatile long delayMillis;
        volatile String askedFor;

        @Override
        public void getEnterpriseTrainingSummary(GetEnterpriseTrainingSummaryRequest request,
                StreamObserver<GetEnterpriseTrainingSummaryResponse> response) {
            askedFor = request.getEnterpriseId();
            if (delayMillis > 0) {
                try {
                    TimeUnit.MILLISECONDS.sleep(delayMillis);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            response.onNext(GetEnterpriseTrainingSummaryResponse.newBuilder().setEnterpriseId(request.getEnterpriseId())
                    .setAsOf("2026-12-01").setKeyPostHolders(4).setKeyPostHoldersCertified(3).setHighRiskWorkers(2)
                    .setHighRiskWorkersTrainedAndAssessed(2)
                    .addCertificatesDue(CertificateDue.newBuilder().setCertificateId(UUID.randomUUID().toString())
                            .setNumber("T321302198001011234").setHolderName("王建国").setKind("SPECIAL_OPERATION")
                            .setState("OVERDUE").setReviewDueOn("2026-11-20").setValidUntil("2029-11-20"))
                    .addCertificatesDue(CertificateDue.newBuilder().setCertificateId(UUID.randomUUID().toString())
                            .setNumber("AQ-2023-0117").setHolderName("李红").setKind("KEY_POST_SAFETY")
                            .setState("REVIEW_DUE").setReviewDueOn("2027-01-10").setValidUntil("2030-01-10"))
                    .build());
            response.onCompleted();
        }
    }
}
