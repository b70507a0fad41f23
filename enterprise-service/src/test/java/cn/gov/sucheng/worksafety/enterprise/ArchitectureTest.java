package cn.gov.sucheng.worksafety.enterprise;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Domain rules stay plain Java: no Spring, persistence, gRPC or HTTP in a model package. */
@AnalyzeClasses(packages = "cn.gov.sucheng.worksafety.enterprise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.grpc..", "jakarta..",
                    "..web..", "..grpc..", "..infrastructure..", "tools.jackson..");

    @ArchTest
    static final ArchRule applicationDoesNotReachAdapters = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..grpc..", "..infrastructure..");
}
