package cn.gov.sucheng.worksafety.training;

import cn.gov.sucheng.worksafety.platform.testing.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.gov.sucheng.worksafety.training", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = ArchitectureRules.modelIsPlainJava();

    @ArchTest
    static final ArchRule applicationDoesNotReachAdapters = ArchitectureRules.applicationDoesNotReachAdapters();

    /** enterprise and trainee at the bottom; sessions, exams, certificates above; coverage on top. */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            ArchitectureRules.featuresAreFreeOfCycles("cn.gov.sucheng.worksafety.training");
}
