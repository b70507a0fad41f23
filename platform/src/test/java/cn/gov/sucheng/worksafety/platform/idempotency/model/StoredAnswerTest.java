package cn.gov.sucheng.worksafety.platform.idempotency.model;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredAnswerTest {

    @Test
    void keepsSuccessesAndRefusalsButNotServerFailures() {
        assertThat(StoredAnswer.isKept(201)).isTrue();
        assertThat(StoredAnswer.isKept(200)).isTrue();
        assertThat(StoredAnswer.isKept(409)).isTrue();
        assertThat(StoredAnswer.isKept(422)).isTrue();
        assertThat(StoredAnswer.isKept(500)).isFalse();
        assertThat(StoredAnswer.isKept(503)).isFalse();
    }

    @Test
    void replaysTheHeadersOfTheAnswerNotThoseOfTheTransfer() {
        assertThat(List.of("Location", "ETag", "Content-Type", "content-language"))
                .allMatch(StoredAnswer::isReplayed);
        assertThat(List.of("Date", "Content-Length", "transfer-encoding", "Connection", "X-Request-Id", "Set-Cookie"))
                .noneMatch(StoredAnswer::isReplayed);
    }

    @Test
    void aRecordAnswersRetriesOfItsRequestUntilItExpires() {
        RequestFingerprint request = RequestFingerprint.of("POST", "/api/v1/hazards", new byte[] { 1 });
        IdempotencyRecord record = new IdempotencyRecord(request, new StoredAnswer(201, List.of(), new byte[0]),
                Instant.parse("2026-06-16T02:00:00Z"));

        assertThat(record.isRetryOf(request)).isTrue();
        assertThat(record.isRetryOf(RequestFingerprint.of("POST", "/api/v1/hazards", new byte[] { 2 }))).isFalse();
        assertThat(record.isExpiredAt(Instant.parse("2026-06-16T01:59:59Z"))).isFalse();
        assertThat(record.isExpiredAt(Instant.parse("2026-06-16T02:00:00Z"))).isTrue();
    }
}
