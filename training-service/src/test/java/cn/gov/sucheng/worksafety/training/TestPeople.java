package cn.gov.sucheng.worksafety.training;

import java.util.Map;
import java.util.UUID;

import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.TestIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/** Fresh people through the REST API, with ID numbers whose check character the tests compute themselves. */
public final class TestPeople {

    private TestPeople() {
    }

    /** A random valid ID number of Sucheng (321302), born in the 1980s. */
    public static String idNumber() {
        return TestIdNumbers.random();
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
