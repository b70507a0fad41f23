package cn.gov.sucheng.worksafety.platform.testing;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input rules every service keeps, checked over every endpoint it has, found through its request mappings:
 * a NUL character in any string of any JSON body (at any depth) or of any query parameter, and a date far outside
 * any record's life in any body or query parameter, a number where a body has a date, a fraction where it has an
 * integer, a date-time where it has a date, percent-encoded bytes that are no UTF-8 in any query parameter, and a
 * required query parameter left out, each answer 400 problem+json naming that very field; a JSON body declared in
 * another charset than UTF-8 answers 415 problem+json. A
 * service's integration test extends this class (with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}),
 * so an endpoint added later is checked without anyone writing a line.
 */
public abstract class InputRulesContract {

    private static final String NUL = "a\u0000b";
    private static final List<String> FAR_DAYS = List.of("-999999999-01-01", "+9999999-01-01", "1899-12-31");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> everyStringAndDateOfEveryBodyIsChecked() {
        List<DynamicTest> tests = new ArrayList<>();
        bodyEndpoints().forEach(e -> {
            for (Probe probe : probes(e.body().getParameterizedType())) {
                tests.add(DynamicTest.dynamicTest(e + " " + probe.field() + "=" + probe.label(),
                        () -> assertRefused(e.send("application/json", JsonHttp.json(probe.body())), probe.field())));
            }
        });
        assertThat(tests).as("write endpoints with a JSON body were found").isNotEmpty();
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyTextAndDateQueryParameterIsChecked() {
        List<DynamicTest> tests = new ArrayList<>();
        endpoints().forEach((info, method) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
            }
            String path = pathOf(info, method);
            for (Parameter parameter : method.getMethod().getParameters()) {
                RequestParam annotation = parameter.getAnnotation(RequestParam.class);
                if (annotation == null) {
                    continue;
                }
                String name = !annotation.name().isEmpty() ? annotation.name()
                        : !annotation.value().isEmpty() ? annotation.value() : parameter.getName();
                List<String> values = parameter.getType() == String.class ? List.of(NUL)
                        : parameter.getType() == LocalDate.class ? FAR_DAYS : List.of();
                for (String value : values) {
                    String query = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    tests.add(DynamicTest.dynamicTest("GET " + path + "?" + query,
                            () -> assertRefused(http().get(path + "?" + query), name)));
                }
                // Percent-encoded bytes that are no UTF-8, whatever the parameter's type.
                String undecodable = name + "=%FF%FE";
                tests.add(DynamicTest.dynamicTest("GET " + path + "?" + undecodable,
                        () -> assertRefused(http().get(path + "?" + undecodable), name)));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aJsonBodyDeclaredInAnotherCharsetIsRefusedUnread() {
        return bodyEndpoints().stream().map(e -> DynamicTest.dynamicTest(e + " in ISO-8859-1", () -> {
            String json = JsonHttp.json(sampleWith(e.body().getParameterizedType(), "", "-", null));
            JsonHttp.Answer answer = e.send("application/json; charset=ISO-8859-1", json);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
            assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
            assertThat(answer.json().path("detail").asString()).contains("UTF-8");
        }));
    }

    @TestFactory
    Stream<DynamicTest> aRequiredQueryParameterLeftOutIsNamed() {
        List<DynamicTest> tests = new ArrayList<>();
        endpoints().forEach((info, method) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
            }
            List<String> required = new ArrayList<>();
            for (Parameter parameter : method.getMethod().getParameters()) {
                RequestParam annotation = parameter.getAnnotation(RequestParam.class);
                if (annotation != null && annotation.required() && parameter.getType() != Optional.class
                        && ValueConstants.DEFAULT_NONE.equals(annotation.defaultValue())) {
                    required.add(!annotation.name().isEmpty() ? annotation.name()
                            : !annotation.value().isEmpty() ? annotation.value() : parameter.getName());
                }
            }
            if (required.isEmpty()) {
                return;
            }
            String path = pathOf(info, method);
            tests.add(DynamicTest.dynamicTest("GET " + path + " without " + required, () -> {
                JsonHttp.Answer answer = http().get(path);
                assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
                assertThat(answer.json().path("type").asString()).endsWith("/problems/validation");
                assertThat(answer.invalidFields()).as(answer.toString()).hasSize(1).isSubsetOf(required);
            }));
        });
        return tests.stream();
    }

    private static void assertRefused(JsonHttp.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString()).endsWith("/problems/validation");
        assertThat(answer.invalidFields()).as(answer.toString()).containsExactly(field);
    }

    private Map<RequestMappingInfo, HandlerMethod> endpoints() {
        Map<RequestMappingInfo, HandlerMethod> found = new LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("cn.gov.sucheng.worksafety")) {
                found.put(info, method);
            }
        });
        return found;
    }

    /** A method and path that read a JSON body, and that body's parameter. */
    record BodyEndpoint(RequestMethod verb, String path, Parameter body, InputRulesContract contract) {

        JsonHttp.Answer send(String contentType, String json) {
            return contract.http().send(HttpRequest.newBuilder(URI.create(contract.url(path)))
                    .header("Content-Type", contentType).method(verb.name(), HttpRequest.BodyPublishers.ofString(json)));
        }

        @Override
        public String toString() {
            return verb + " " + path;
        }
    }

    private List<BodyEndpoint> bodyEndpoints() {
        List<BodyEndpoint> found = new ArrayList<>();
        endpoints().forEach((info, method) -> {
            Parameter body = bodyOf(method);
            if (body != null) {
                info.getMethodsCondition().getMethods()
                        .forEach(verb -> found.add(new BodyEndpoint(verb, pathOf(info, method), body, this)));
            }
        });
        return found;
    }

    private static Parameter bodyOf(HandlerMethod method) {
        return Stream.of(method.getMethod().getParameters())
                .filter(p -> p.isAnnotationPresent(RequestBody.class)).findFirst().orElse(null);
    }

    // Path variables become fresh UUIDs, a number or a plain word: the body is refused before any look-up.
    private static String pathOf(RequestMappingInfo info, HandlerMethod method) {
        String pattern = info.getPathPatternsCondition().getPatternValues().iterator().next();
        for (Parameter parameter : method.getMethod().getParameters()) {
            PathVariable variable = parameter.getAnnotation(PathVariable.class);
            if (variable != null) {
                String name = !variable.name().isEmpty() ? variable.name()
                        : !variable.value().isEmpty() ? variable.value() : parameter.getName();
                Class<?> type = parameter.getType();
                String value = type == UUID.class ? UUID.randomUUID().toString()
                        : type == int.class || type == Integer.class || type == long.class || type == Long.class
                                ? "2024" : "x";
                pattern = pattern.replace("{" + name + "}", value);
            }
        }
        return pattern;
    }

    private JsonHttp http() {
        return new JsonHttp("http://127.0.0.1:" + port);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** One body with one refused value, and the field (as a JSON path) the answer must name. */
    record Probe(String field, String label, Object body) {
    }

    /** For each string and date reachable in the body type, a valid-shaped body with that one value refused. */
    static List<Probe> probes(Type bodyType) {
        List<Probe> probes = new ArrayList<>();
        for (String path : leaves(bodyType, "", Set.of(String.class))) {
            probes.add(new Probe(path, "NUL", sampleWith(bodyType, "", path, NUL)));
        }
        for (String path : leaves(bodyType, "", Set.of(LocalDate.class))) {
            for (String day : FAR_DAYS) {
                probes.add(new Probe(path, day, sampleWith(bodyType, "", path, day)));
            }
        }
        // Jackson alone would keep the UTC day of a date-time, a day early in China for 23:30Z.
        for (String path : leaves(bodyType, "", Set.of(LocalDate.class))) {
            probes.add(new Probe(path, "date-time", sampleWith(bodyType, "", path, "2024-03-01T23:30:00Z")));
        }
        for (String path : leaves(bodyType, "", Set.of(OffsetDateTime.class, Instant.class, ZonedDateTime.class))) {
            probes.add(new Probe(path, "far", sampleWith(bodyType, "", path, "+9999999-01-01T00:00:00Z")));
        }
        // Jackson would read these as seconds or days since 1970, and cut 2.5 to 2.
        for (String path : leaves(bodyType, "", Set.of(LocalDate.class, OffsetDateTime.class, Instant.class,
                ZonedDateTime.class, LocalDateTime.class))) {
            probes.add(new Probe(path, "number", sampleWith(bodyType, "", path, 1_700_000_000)));
        }
        for (String path : leaves(bodyType, "", Set.of(int.class, Integer.class, long.class, Long.class, short.class,
                Short.class))) {
            probes.add(new Probe(path, "2.5", sampleWith(bodyType, "", path, 2.5)));
        }
        return probes;
    }

    private static List<String> leaves(Type type, String path, Set<Class<?>> kinds) {
        Class<?> raw = raw(type);
        if (kinds.contains(raw)) {
            return List.of(path);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return leaves(elementOf(type), path + "[0]", kinds);
        }
        if (!raw.isRecord()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
            found.addAll(leaves(component.getGenericType(), child, kinds));
        }
        return found;
    }

    // A value of the type that reads without error, with `value` at `target`.
    private static Object sampleWith(Type type, String path, String target, Object value) {
        if (path.equals(target)) {
            return value;
        }
        Class<?> raw = raw(type);
        if (Collection.class.isAssignableFrom(raw)) {
            return List.of(sampleWith(elementOf(type), path + "[0]", target, value));
        }
        if (raw.isRecord()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
                object.put(component.getName(), sampleWith(component.getGenericType(), child, target, value));
            }
            return object;
        }
        return scalar(raw);
    }

    private static Object scalar(Class<?> raw) {
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0].toString();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class) {
            return 1;
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            return 1.0;
        }
        if (raw == UUID.class) {
            return UUID.randomUUID().toString();
        }
        if (raw == LocalDate.class) {
            return "2024-03-01";
        }
        if (raw == OffsetDateTime.class || raw == Instant.class || raw == ZonedDateTime.class) {
            return "2024-03-01T08:00:00+08:00";
        }
        if (raw == LocalDateTime.class) {
            return "2024-03-01T08:00:00";
        }
        return "x";
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type elementOf(Type collection) {
        return collection instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }
}
