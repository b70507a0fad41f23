package cn.gov.sucheng.worksafety.platform.testing;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layout every service keeps, as ArchUnit rules its own architecture test applies. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Domain rules stay plain Java: no Spring, persistence, gRPC, HTTP or JSON types in a model package. */
    public static ArchRule modelIsPlainJava() {
        return noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.grpc..",
                        "jakarta..", "tools.jackson..", "..web..", "..grpc..", "..infrastructure..");
    }

    /** Use cases do not reach into adapters; adapters depend on them, not the other way round. */
    public static ArchRule applicationDoesNotReachAdapters() {
        return noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..grpc..", "..infrastructure..");
    }
}
