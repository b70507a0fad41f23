package cn.gov.sucheng.worksafety.platform.idempotency.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.sucheng.worksafety.platform.idempotency.infrastructure.JdbcIdempotencyRecords;
import cn.gov.sucheng.worksafety.platform.idempotency.model.IdempotencyKey;
import cn.gov.sucheng.worksafety.platform.idempotency.model.IdempotencyRecord;
import cn.gov.sucheng.worksafety.platform.idempotency.model.RequestFingerprint;
import cn.gov.sucheng.worksafety.platform.idempotency.model.StoredAnswer;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The filter's rules, with the database stood in for: what each kind of keyed request is answered. */
class IdempotencyFilterTest {

    static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    static final String BODY = "{\"grade\":\"MAJOR\"}";

    final JdbcIdempotencyRecords records = mock(JdbcIdempotencyRecords.class);
    final Transactions transactions = new Transactions();
    final IdempotencyFilter filter = new IdempotencyFilter(records, transactions, request -> "",
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(24));
    final List<String> handled = new ArrayList<>();

    MockHttpServletResponse send(String method, String key, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/v1/hazards");
        if (key != null) {
            request.addHeader("Idempotency-Key", key);
        }
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res)
                    throws java.io.IOException {
                String read = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                handled.add(read);
                res.setStatus(read.contains("FAIL") ? 503 : 201);
                res.setHeader("Location", "/api/v1/hazards/1");
                res.setHeader("ETag", "\"0\"");
                res.setContentType("application/json");
                res.getOutputStream().write("{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8));
            }
        }));
        return response;
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JsonMapper.builder().build().readTree(response.getContentAsString());
    }

    static IdempotencyRecord recordOf(String body, Instant expiresAt) {
        return new IdempotencyRecord(RequestFingerprint.of("POST", "/api/v1/hazards", body.getBytes(StandardCharsets.UTF_8)),
                new StoredAnswer(201, List.of(new StoredAnswer.Header("Location", "/api/v1/hazards/1"),
                        new StoredAnswer.Header("Content-Type", "application/json")),
                        "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8)), expiresAt);
    }

    @Test
    void leavesRequestsWithoutAKeyAndOtherMethodsAlone() throws Exception {
        assertThat(send("POST", null, BODY).getStatus()).isEqualTo(201);
        assertThat(send("PUT", "k1", BODY).getStatus()).isEqualTo(201);
        assertThat(handled).hasSize(2);
        verifyNoInteractions(records);
    }

    @Test
    void answers400NamingTheHeaderForABadKey() throws Exception {
        MockHttpServletResponse response = send("POST", "订单", BODY);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response).path("type").asString()).endsWith("/problems/validation");
        assertThat(json(response).path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(handled).isEmpty();
        verifyNoInteractions(records);
    }

    @Test
    void handlesANewKeyOnceAndKeepsTheAnswerInTheSameTransaction() throws Exception {
        when(records.tryLock(eq(""), any())).thenReturn(true);
        when(records.find(eq(""), any())).thenReturn(Optional.empty());

        MockHttpServletResponse response = send("POST", "k1", BODY);

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).isEqualTo("{\"id\":\"1\"}");
        assertThat(handled).containsExactly(BODY);
        ArgumentCaptor<IdempotencyRecord> kept = ArgumentCaptor.forClass(IdempotencyRecord.class);
        verify(records).add(eq(""), eq(new IdempotencyKey("k1")), eq("POST"), eq("/api/v1/hazards"), kept.capture(),
                eq(NOW));
        assertThat(kept.getValue().answer().status()).isEqualTo(201);
        assertThat(kept.getValue().answer().headers()).contains(new StoredAnswer.Header("Location", "/api/v1/hazards/1"),
                new StoredAnswer.Header("ETag", "\"0\""));
        assertThat(kept.getValue().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(transactions.outcomes).containsExactly("commit");
    }

    @Test
    void keepsNoServerFailureAndRollsItsWriteBack() throws Exception {
        when(records.tryLock(eq(""), any())).thenReturn(true);
        when(records.find(eq(""), any())).thenReturn(Optional.empty());

        assertThat(send("POST", "k1", "FAIL").getStatus()).isEqualTo(503);

        verify(records, never()).add(anyString(), any(), anyString(), anyString(), any(), any());
        assertThat(transactions.outcomes).containsExactly("rollback");
    }

    @Test
    void replaysTheFirstAnswerToARetry() throws Exception {
        when(records.tryLock(eq(""), any())).thenReturn(true);
        when(records.find(eq(""), any())).thenReturn(Optional.of(recordOf(BODY, NOW.plusSeconds(60))));

        MockHttpServletResponse response = send("POST", "k1", BODY);

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/hazards/1");
        assertThat(response.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(response.getContentAsString()).isEqualTo("{\"id\":\"1\"}");
        assertThat(handled).isEmpty();
    }

    @Test
    void refusesAnotherRequestUnderTheSameKeyWith422() throws Exception {
        when(records.tryLock(eq(""), any())).thenReturn(true);
        when(records.find(eq(""), any())).thenReturn(Optional.of(recordOf(BODY, NOW.plusSeconds(60))));

        MockHttpServletResponse response = send("POST", "k1", "{\"grade\":\"GENERAL\"}");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(json(response).path("type").asString()).endsWith("/problems/idempotency-key-reused");
        assertThat(handled).isEmpty();
    }

    @Test
    void answers409AtOnceWhileTheFirstRequestRuns() throws Exception {
        when(records.tryLock(eq(""), any())).thenReturn(false);

        MockHttpServletResponse response = send("POST", "k1", BODY);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(json(response).path("type").asString()).endsWith("/problems/request-in-progress");
        assertThat(handled).isEmpty();
    }

    @Test
    void treatsAnExpiredKeyAsNew() throws Exception {
        when(records.tryLock(eq(""), any())).thenReturn(true);
        when(records.find(eq(""), any())).thenReturn(Optional.of(recordOf("{}", NOW)));

        assertThat(send("POST", "k1", BODY).getStatus()).isEqualTo(201);

        verify(records).remove("", new IdempotencyKey("k1"));
        assertThat(handled).containsExactly(BODY);
    }

    /** Records how each transaction ended. */
    static class Transactions implements PlatformTransactionManager {

        final List<String> outcomes = new ArrayList<>();

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            outcomes.add("commit");
            ((SimpleTransactionStatus) status).setCompleted();
        }

        @Override
        public void rollback(TransactionStatus status) {
            outcomes.add("rollback");
            ((SimpleTransactionStatus) status).setCompleted();
        }
    }
}
