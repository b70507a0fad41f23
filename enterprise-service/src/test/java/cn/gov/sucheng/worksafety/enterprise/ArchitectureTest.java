package cn.gov.sucheng.worksafety.enterprise;

import cn.gov.sucheng.worksafety.platform.testing.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * Features depend one way: registry at the bottom, the features that record things of enterprises above it,
 * profile on top. The registry reaches other features' records only through ports they implement.
 */
@AnalyzeClasses(packages = "cn.gov.sucheng.worksafety.enterprise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ArchitectureRules.class);
}
