package cn.gov.sucheng.worksafety.platform.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout every service keeps. A service's architecture test analyses its own package and includes these
 * rules with {@code @ArchTest static final ArchTests layout = ArchTests.in(ArchitectureRules.class)}.
 */
public final class ArchitectureRules {

    /**
     * Domain rules stay plain Java: no Spring, persistence, gRPC, HTTP or JSON types in a model package, and
     * none of the platform's protocol mappings either (refusals are the semantic exceptions of platform.domain).
     */
    @ArchTest
    public static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.grpc..",
                    "jakarta..", "tools.jackson..", "..web..", "..grpc..", "..infrastructure..", "..problem..",
                    "java.sql..", "javax.sql..");

    /**
     * Features (the packages right under a service's package) may use each other's application API, but never
     * in a circle: each can be understood on its own.
     */
    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles =
            slices().matching("cn.gov.sucheng.worksafety.*.(*)..").should().beFreeOfCycles();

    /** Use cases do not reach into adapters; adapters depend on them, not the other way round. */
    @ArchTest
    public static final ArchRule applicationDoesNotReachAdapters = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..grpc..", "..infrastructure..");

    /**
     * Every REST operation is named in the published document by an operationId of its own: clients generated from
     * the document name their methods after it, and springdoc's default (the Java method's name, numbered on a
     * clash: {@code get_7}) would change for them whenever an endpoint is added.
     */
    @ArchTest
    public static final ArchRule operationsAreNamed = methods().that()
            .areMetaAnnotatedWith("org.springframework.web.bind.annotation.RequestMapping")
            .and().areDeclaredInClassesThat()
            .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should(new ArchCondition<JavaMethod>("carry an @Operation with an operationId") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    String id = method.tryGetAnnotationOfType("io.swagger.v3.oas.annotations.Operation")
                            .flatMap(operation -> operation.get("operationId")).map(Object::toString).orElse("");
                    if (id.isBlank()) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no operationId"));
                    }
                }
            });

    /**
     * Every body the REST API reads or answers (the records of the web packages) is published under a schema name of
     * its own: springdoc names a schema after the simple class name, so a second record of the same name would
     * silently take the first one's place in the document, and clients would read one shape for the other. Give one
     * of them {@code @Schema(name = ...)}.
     */
    @ArchTest
    public static final ArchRule bodiesHaveSchemaNamesOfTheirOwn = classes().that().resideInAPackage("..web..")
            .and().areRecords()
            .should(new ArchCondition<JavaClass>("be published under a schema name no other body has") {
                private final Map<String, List<String>> byName = new TreeMap<>();

                @Override
                public void init(Collection<JavaClass> bodies) {
                    byName.clear();
                }

                @Override
                public void check(JavaClass body, ConditionEvents events) {
                    String name = body.tryGetAnnotationOfType("io.swagger.v3.oas.annotations.media.Schema")
                            .flatMap(schema -> schema.get("name")).map(Object::toString).filter(n -> !n.isBlank())
                            .orElse(body.getSimpleName());
                    byName.computeIfAbsent(name, n -> new ArrayList<>()).add(body.getName());
                }

                @Override
                public void finish(ConditionEvents events) {
                    byName.forEach((name, bodies) -> {
                        if (bodies.size() > 1) {
                            events.add(SimpleConditionEvent.violated(name, "schema " + name + " is claimed by " + bodies));
                        }
                    });
                }
            });

    private ArchitectureRules() {
    }
}
