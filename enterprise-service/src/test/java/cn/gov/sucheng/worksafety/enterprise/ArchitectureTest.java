package cn.gov.sucheng.worksafety.enterprise;

import cn.gov.sucheng.worksafety.platform.testing.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;


@AnalyzeClasses(packages = "cn.gov.sucheng.worksafety.enterprise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = ArchitectureRules.modelIsPlainJava();

    @ArchTest
    static final ArchRule applicationDoesNotReachAdapters = ArchitectureRules.applicationDoesNotReachAdapters();

    /**
     * Features depend one way: registry at the bottom, the features that record things of enterprises above it,
     * profile on top. The registry reaches other features' records only through ports they implement.
     */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            ArchitectureRules.featuresAreFreeOfCycles("cn.gov.sucheng.worksafety.enterprise");
}
