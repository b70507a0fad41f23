package cn.gov.sucheng.worksafety.training;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Fresh people through the REST API, with ID numbers whose check character the tests compute themselves. */
public final class TestPeople {

    private TestPeople() {
    }

    /** A random valid ID number of Sucheng (321302), born in the 1980s. */
    public static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = String.format("321302198%d%02d%02d%03d", r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    public static UUID trainee(JsonHttp http, UUID enterpriseId, String keyPost, boolean highRisk) {
        JsonHttp.Answer answer = http.post("/api/v1/trainees", JsonHttp.json(Map.of("name", "王建国",
                "idNumber", idNumber(), "enterpriseId", enterpriseId.toString(), "keyPost", keyPost,
                "highRiskTrade", highRisk)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return UUID.fromString(answer.json().path("id").asString());
    }

    public static UUID exam(JsonHttp http, UUID traineeId, int score) {
        JsonHttp.Answer answer = http.post("/api/v1/exams", JsonHttp.json(Map.of("traineeId", traineeId.toString(),
                "subject", "特种作业 电工作业 低压电工作业", "takenOn", "2024-01-10", "score", score, "actor", "考试中心")));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return UUID.fromString(answer.json().path("id").asString());
    }
}
