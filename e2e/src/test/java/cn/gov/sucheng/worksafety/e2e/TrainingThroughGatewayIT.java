package cn.gov.sucheng.worksafety.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.testing.TestIdNumbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Training and certification through the gateway, as a district system calls it, at a demo enterprise: a person
 * on a key post registered (the ID number shown only masked, a bad one refused naming the field), an exam passed,
 * a certificate issued whose review falls due, found in the due-for-review listing, reviewed and valid again; the
 * enterprise's profile shows the training figures training-service gives over gRPC.
 */
class TrainingThroughGatewayIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    final JsonHttp gateway = new JsonHttp(Suite.gateway(), Duration.ofSeconds(20));

    @BeforeAll
    static void startTheSuite() {
        Suite.started();
    }

    JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
        return answer.json();
    }

    Answer post(String path, Map<String, ?> body) {
        return gateway.post(path, JsonHttp.json(body));
    }

    @Test
    void aCertificateIsIssuedFallsDueForReviewAndIsReviewedThroughTheGateway() {
        String enterprise = ok(gateway.get("/api/v1/enterprises?size=1&industryArea=CONSTRUCTION"))
                .path("items").get(0).path("id").asString();
        JsonNode before = training(enterprise);
        String idNumber = TestIdNumbers.random();
        Map<String, Object> person = new HashMap<>(Map.of("name", "周志强", "idNumber",
                TestIdNumbers.withWrongCheck(idNumber), "enterpriseId", enterprise, "keyPost",
                "SPECIAL_OPERATION_WORKER", "highRiskTrade", true));

        Answer refused = post("/api/v1/trainees", person);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.invalidFields()).containsExactly("idNumber");

        person.put("idNumber", idNumber);
        JsonNode trainee = ok(post("/api/v1/trainees", person));
        assertThat(trainee.path("idNumber").asString()).isEqualTo(TestIdNumbers.masked(idNumber));
        String traineeId = trainee.path("id").asString();
        JsonNode read = ok(gateway.get("/api/v1/trainees/" + traineeId));
        assertThat(read.toString()).doesNotContain(idNumber.substring(6, 14));

        String exam = ok(post("/api/v1/exams", Map.of("traineeId", traineeId, "subject", "特种作业 电工作业 低压电工作业",
                "takenOn", TODAY.minusYears(3).toString(), "score", 88, "actor", "宿迁市安全生产考试中心"))).path("id").asString();
        // Issued three years ago less ten days: its first review falls due in ten days, inside the 60-day window.
        String number = "T" + idNumber + "-" + UUID.randomUUID().toString().substring(0, 4);
        JsonNode issued = ok(post("/api/v1/certificates", Map.of("number", number, "holderId", traineeId,
                "kind", "SPECIAL_OPERATION", "category", "电工作业", "item", "低压电工作业",
                "firstIssuedOn", TODAY.minusYears(3).plusDays(10).toString(), "examId", exam,
                "actor", "宿迁市应急管理局")));
        String certificate = issued.path("id").asString();
        assertThat(issued.path("state").asString()).isEqualTo("REVIEW_DUE");
        LocalDate due = LocalDate.parse(issued.path("nextReviewDue").asString());
        assertThat(due).isAfter(TODAY).isBefore(TODAY.plusDays(60));

        assertThat(dueForReview(enterprise)).contains(certificate);
        JsonNode dueInProfile = awaitTraining(enterprise, t -> numbers(t).contains(number));
        assertThat(dueInProfile.path("keyPostHolders").asLong())
                .isEqualTo(before.path("keyPostHolders").asLong() + 1);
        assertThat(dueInProfile.path("keyPostHoldersCertified").asLong())
                .isEqualTo(before.path("keyPostHoldersCertified").asLong() + 1);
        JsonNode shown = certificateDue(dueInProfile, number);
        assertThat(shown.path("holderName").asString()).isEqualTo("周志强");
        assertThat(shown.path("state").asString()).isEqualTo("REVIEW_DUE");
        assertThat(shown.path("reviewDueOn").asString()).isEqualTo(due.toString());

        JsonNode reviewed = ok(post("/api/v1/certificates/" + certificate + "/reviews", Map.of("reviewedOn",
                TODAY.toString(), "healthCheckPassed", true, "violations", 0, "administrativePenalty", false,
                "refresherHours", 8, "examId", exam, "actor", "宿迁市应急管理局")));

        assertThat(reviewed.path("review").path("passed").asBoolean()).isTrue();
        JsonNode after = ok(gateway.get("/api/v1/certificates/" + certificate));
        assertThat(after.path("state").asString()).isEqualTo("VALID");
        LocalDate next = LocalDate.parse(after.path("nextReviewDue").asString());
        // The next period runs from the old due date, three years, within the certificate's six-year validity.
        assertThat(next).isAfter(due.plusYears(2)).isBeforeOrEqualTo(LocalDate.parse(after.path("validUntil").asString()));
        assertThat(ok(gateway.get("/api/v1/certificates/" + certificate + "/reviews"))).hasSize(1);
        assertThat(dueForReview(enterprise)).doesNotContain(certificate);
        awaitTraining(enterprise, t -> !numbers(t).contains(number));
    }

    List<String> dueForReview(String enterprise) {
        List<String> ids = new ArrayList<>();
        ok(gateway.get("/api/v1/certificates?dueWithinDays=60&size=200&enterpriseId=" + enterprise)).path("items")
                .forEach(c -> ids.add(c.path("id").asString()));
        return ids;
    }

    JsonNode training(String enterprise) {
        return awaitTraining(enterprise, t -> true);
    }

    // The profile gives each sibling a short deadline; on a busy machine a cold first gRPC call may miss it, so the
    // part is asked for again until it is there and shows what is expected.
    private JsonNode awaitTraining(String enterprise, Predicate<JsonNode> expected) {
        return await("the profile's training part shows what is expected").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> ok(gateway.get("/api/v1/enterprises/" + enterprise + "/profile")).path("training"),
                        part -> part.path("available").asBoolean() && expected.test(part.path("data")))
                .path("data");
    }

    static List<String> numbers(JsonNode training) {
        List<String> numbers = new ArrayList<>();
        training.path("certificatesDue").forEach(c -> numbers.add(c.path("number").asString()));
        return numbers;
    }

    static JsonNode certificateDue(JsonNode training, String number) {
        for (JsonNode c : training.path("certificatesDue")) {
            if (c.path("number").asString().equals(number)) {
                return c;
            }
        }
        throw new AssertionError("no certificate " + number + " in " + training);
    }
}
