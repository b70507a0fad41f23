package cn.gov.sucheng.worksafety.platform.testing;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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

    private ArchitectureRules() {
    }
}
