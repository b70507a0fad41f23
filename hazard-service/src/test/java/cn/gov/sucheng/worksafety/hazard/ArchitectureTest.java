package cn.gov.sucheng.worksafety.hazard;

import cn.gov.sucheng.worksafety.platform.testing.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.gov.sucheng.worksafety.hazard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = ArchitectureRules.modelIsPlainJava();

    @ArchTest
    static final ArchRule applicationDoesNotReachAdapters = ArchitectureRules.applicationDoesNotReachAdapters();

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = ArchitectureRules.featuresAreFreeOfCycles("cn.gov.sucheng.worksafety.hazard");
}
