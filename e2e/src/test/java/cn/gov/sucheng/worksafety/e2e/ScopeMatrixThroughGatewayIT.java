package cn.gov.sucheng.worksafety.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.gov.sucheng.worksafety.platform.security.ScopeRules;
import cn.gov.sucheng.worksafety.platform.security.Scopes;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp;
import cn.gov.sucheng.worksafety.platform.testing.JsonHttp.Answer;
import cn.gov.sucheng.worksafety.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route and method of the gateway's scope table, called through the gateway as an outside system would:
 * without a token, with a forged one and with an expired one (401 problem+json), with a real token of the suite's
 * issuer holding every scope but the one needed (403 problem+json), and with only the scope needed (let through:
 * whatever the service answers, never 401 or 403).
 */
class ScopeMatrixThroughGatewayIT {

    static final String ZERO = "00000000-0000-0000-0000-000000000000";

    static JsonHttp gateway;

    @BeforeAll
    static void suite() {
        Suite.started();
        gateway = new JsonHttp(Suite.gateway(), Duration.ofSeconds(20));
    }

    static Stream<Arguments> routes() {
        List<Arguments> cases = new ArrayList<>();
        for (Map.Entry<String, List<String>> domain : ScopeRules.COLLECTIONS.entrySet()) {
            for (String collection : domain.getValue()) {
                cases.add(Arguments.of("GET", collection));
                cases.add(Arguments.of("POST", collection));
                cases.add(Arguments.of("GET", collection + "/" + ZERO));
                cases.add(Arguments.of("PUT", collection + "/" + ZERO));
                cases.add(Arguments.of("DELETE", collection + "/" + ZERO));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void eachRouteAndMethodAnswersEachKindOfCallerAsTheTableSays(String method, String path) {
        String needed = ScopeRules.requiredScope(method, path);
        boolean published = method.equals("GET") && ScopeRules.PUBLISHED.stream()
                .anyMatch(p -> path.equals(p) || path.startsWith(p.replace("/**", "/")));

        if (!published) {
            assertUnauthenticated(call(gateway.anonymous(), method, path), method, path);
            assertUnauthenticated(call(gateway.withToken(TestTokens.forged()), method, path), method, path);
            assertUnauthenticated(call(gateway.withToken(TestTokens.expired()), method, path), method, path);

            List<String> allButNeeded = new ArrayList<>(Scopes.all());
            allButNeeded.remove(needed);
            Answer refused = call(gateway.withToken(token(allButNeeded)), method, path);
            assertThat(refused.status()).as(method + " " + path + " without " + needed + ": " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asString()).contains(needed);
        }

        Answer allowed = call(gateway.withToken(token(List.of(needed))), method, path);
        assertThat(allowed.status()).as(method + " " + path + " with " + needed + ": " + allowed).isNotIn(401, 403);
    }

    static void assertUnauthenticated(Answer answer, String method, String path) {
        assertThat(answer.status()).as(method + " " + path + ": " + answer).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString()).endsWith("/problems/unauthenticated");
        assertThat(answer.header("X-Request-Id")).isNotBlank();
    }

    static final Map<List<String>, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A real token of the suite's issuer for the e2e client, holding just these scopes. */
    static String token(List<String> scopes) {
        return TOKENS.computeIfAbsent(List.copyOf(scopes),
                s -> Suite.started().token("e2e", "e2e-dev-secret", String.join(" ", s)));
    }

    static Answer call(JsonHttp http, String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Suite.gateway() + path))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        return http.send(request);
    }
}
