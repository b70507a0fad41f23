package cn.gov.sucheng.worksafety.platform.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.gov.sucheng.worksafety.platform.problem.ProblemTypes;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} on every POST a service maps, found through its request mappings, so a route added later
 * is checked without anyone writing a line: a retry with the same key gets the first answer again (status, body,
 * ETag, Location, Content-Type) marked {@code Idempotent-Replayed: true}, the same key with another body answers 422
 * idempotency-key-reused, and a malformed key answers 400 naming the header. None of this depends on the body, so
 * each route is sent an empty one. A service that supplies {@link #writes()} also shows with real bodies that a
 * retry writes once, on every POST it has.
 * <p>
 * An interface, not a base class like {@link InputRulesContract}, so that a service's integration test (a
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}) keeps the base class that provides its siblings.
 */
public interface IdempotencyContract {

    /** One POST with real bodies: where it goes, a body, another body, and how many records of its kind exist. */
    record Call(String path, Object body, Object otherBody, Supplier<Long> written) {
    }

    /** A POST route as mapped (e.g. {@code /api/v1/licences/{id}/renew}) and how to make a call to it. */
    record Write(String route, Supplier<Call> call) {
    }

    /**
     * One write for each POST route the service maps, or none: a POST added without one then fails. The calls are
     * made when their test runs, so whatever a call needs first (a licence to renew) is made there.
     */
    default List<Write> writes() {
        return List.of();
    }

    @TestFactory
    default Stream<DynamicTest> everyPostRouteReplaysItsFirstAnswerToARetryWithTheSameKey(@LocalServerPort int port,
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        JsonHttp http = new JsonHttp("http://127.0.0.1:" + port);
        Set<String> routes = postRoutes(mappings);
        assertThat(routes).as("POST routes were found").isNotEmpty();
        return routes.stream().map(route -> DynamicTest.dynamicTest("POST " + route, () -> {
            String path = route.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            assertMalformedKeysRefused(http, path, Map.of());
            String key = UUID.randomUUID().toString();
            Answer first = http.post(path, JsonHttp.json(Map.of()), key);
            assertReplays(first, http.post(path, JsonHttp.json(Map.of()), key));
            assertKeyReusedRefused(http.post(path, JsonHttp.json(Map.of("other", true)), key));
        }));
    }

    /**
     * A key belongs to the client whose token the service verified: a request refused for its token (401) neither
     * takes the key nor becomes its answer, so the retry with a fresh token is handled; and another client sending
     * the same key and body has its own request handled, never the first client's answer replayed to it.
     */
    @Test
    default void aKeyIsTheClientsOwnAndARefusedTokenDoesNotSpendIt(@LocalServerPort int port,
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        JsonHttp http = new JsonHttp("http://127.0.0.1:" + port);
        String path = postRoutes(mappings).iterator().next().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String key = UUID.randomUUID().toString();

        Answer refused = http.withToken(TestTokens.expired()).post(path, JsonHttp.json(Map.of()), key);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        Answer first = http.post(path, JsonHttp.json(Map.of()), key);
        assertThat(first.status()).as(first.toString()).isNotEqualTo(401);
        assertThat(first.header("Idempotent-Replayed")).as(first.toString()).isNull();

        JsonHttp another = http.withToken(TestTokens.forClient("another-client"));
        Answer theirs = another.post(path, JsonHttp.json(Map.of()), key);
        assertThat(theirs.header("Idempotent-Replayed")).as(theirs.toString()).isNull();
        assertReplays(theirs, another.post(path, JsonHttp.json(Map.of()), key));
        assertReplays(first, http.post(path, JsonHttp.json(Map.of()), key));
    }

    @TestFactory
    default Stream<DynamicTest> aRetryWithTheSameKeyAnswersTheFirstAnswerAndWritesNothing(@LocalServerPort int port,
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        List<Write> writes = writes();
        if (writes.isEmpty()) {
            // The service shows what a retry writes in tests of its own.
            return Stream.empty();
        }
        JsonHttp http = new JsonHttp("http://127.0.0.1:" + port);
        DynamicTest covered = DynamicTest.dynamicTest("every POST route has a write", () -> assertThat(writes)
                .extracting(Write::route).containsExactlyInAnyOrderElementsOf(postRoutes(mappings)));
        return Stream.concat(Stream.of(covered), writes.stream().map(write -> DynamicTest.dynamicTest(
                "POST " + write.route(), () -> assertWritesOnce(http, write))));
    }

    /** The path patterns of every POST the service maps. */
    static Set<String> postRoutes(RequestMappingHandlerMapping mappings) {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                routes.addAll(info.getPathPatternsCondition().getPatternValues());
            }
        });
        return routes;
    }

    /** {@code retry}, sent with the key of {@code first}, is the first answer again, marked as a replay. */
    static void assertReplays(Answer first, Answer retry) {
        assertThat(first.header("Idempotent-Replayed")).as(first.toString()).isNull();
        assertThat(retry.status()).as(retry.toString()).isEqualTo(first.status());
        assertThat(retry.body()).isEqualTo(first.body());
        for (String header : List.of("ETag", "Location", "Content-Type")) {
            assertThat(retry.header(header)).as(header).isEqualTo(first.header(header));
        }
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    }

    /** A key sent before with another request (body, path or method): 422, nothing done. */
    static void assertKeyReusedRefused(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString()).isEqualTo(ProblemTypes.IDEMPOTENCY_KEY_REUSED.toString());
    }

    private static void assertWritesOnce(JsonHttp http, Write write) {
        Call call = write.call().get();
        assertThat(PathPatternParser.defaultInstance.parse(write.route()).matches(PathContainer.parsePath(call.path())))
                .as(call.path() + " is a path of " + write.route()).isTrue();
        long before = call.written().get();
        assertMalformedKeysRefused(http, call.path(), call.body());
        assertThat(call.written().get()).isEqualTo(before);

        String key = UUID.randomUUID().toString();
        Answer first = http.post(call.path(), JsonHttp.json(call.body()), key);
        assertThat(first.status()).as(first.toString()).isBetween(200, 201);
        assertThat(call.written().get()).isEqualTo(before + 1);

        assertReplays(first, http.post(call.path(), JsonHttp.json(call.body()), key));
        assertThat(call.written().get()).isEqualTo(before + 1);

        assertKeyReusedRefused(http.post(call.path(), JsonHttp.json(call.otherBody()), key));
        assertThat(call.written().get()).isEqualTo(before + 1);
    }

    // Longer than the 255 characters allowed, and a quote left open.
    private static void assertMalformedKeysRefused(JsonHttp http, String path, Object body) {
        for (String key : List.of("k".repeat(256), "\"unbalanced")) {
            Answer answer = http.post(path, JsonHttp.json(body), key);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asString()).isEqualTo(ProblemTypes.VALIDATION.toString());
            assertThat(answer.invalidFields()).containsExactly("Idempotency-Key");
        }
    }
}
