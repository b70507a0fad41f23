package cn.gov.sucheng.worksafety.platform.testing;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layout every service keeps, as ArchUnit rules its own architecture test applies. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /**
     * Domain rules stay plain Java: no Spring, persistence, gRPC, HTTP or JSON types in a model package, and
     * none of the platform's protocol mappings either (refusals are the semantic exceptions of platform.domain).
     */
    public static ArchRule modelIsPlainJava() {
        return noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.grpc..",
                        "jakarta..", "tools.jackson..", "..web..", "..grpc..", "..infrastructure..", "..problem..",
                        "java.sql..", "javax.sql..");
    }

    /** Features may use each other's application API, but never in a circle: each can be understood on its own. */
    public static ArchRule featuresAreFreeOfCycles(String applicationPackage) {
        return slices().matching(applicationPackage + ".(*)..").should().beFreeOfCycles();
    }

    /** Use cases do not reach into adapters; adapters depend on them, not the other way round. */
    public static ArchRule applicationDoesNotReachAdapters() {
        return noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..grpc..", "..infrastructure..");
    }
}
