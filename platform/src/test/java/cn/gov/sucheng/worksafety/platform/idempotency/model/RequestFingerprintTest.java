package cn.gov.sucheng.worksafety.platform.idempotency.model;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintTest {

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameRequestHasTheSameFingerprint() {
        assertThat(RequestFingerprint.of("POST", "/api/v1/hazards", bytes("{\"grade\":\"MAJOR\"}")))
                .isEqualTo(RequestFingerprint.of("POST", "/api/v1/hazards", bytes("{\"grade\":\"MAJOR\"}")));
    }

    @Test
    void anotherBodyMethodPathOrQueryIsAnotherRequest() {
        RequestFingerprint first = RequestFingerprint.of("POST", "/api/v1/hazards", bytes("{\"grade\":\"MAJOR\"}"));

        assertThat(RequestFingerprint.of("POST", "/api/v1/hazards", bytes("{\"grade\":\"GENERAL\"}"))).isNotEqualTo(first);
        assertThat(RequestFingerprint.of("PUT", "/api/v1/hazards", bytes("{\"grade\":\"MAJOR\"}"))).isNotEqualTo(first);
        assertThat(RequestFingerprint.of("POST", "/api/v1/licences", bytes("{\"grade\":\"MAJOR\"}"))).isNotEqualTo(first);
        assertThat(RequestFingerprint.of("POST", "/api/v1/hazards?x=1", bytes("{\"grade\":\"MAJOR\"}")))
                .isNotEqualTo(first);
    }

    @Test
    void partsDoNotRunIntoEachOther() {
        assertThat(RequestFingerprint.of("POST", "/a", bytes("b"))).isNotEqualTo(RequestFingerprint.of("POST", "/ab", bytes("")));
    }
}
