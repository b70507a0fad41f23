package cn.gov.sucheng.worksafety.enforcement;

import cn.gov.sucheng.worksafety.platform.testing.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** trail at the bottom; inspections record on it; search, cases and the sibling adapters build on those. */
@AnalyzeClasses(packages = "cn.gov.sucheng.worksafety.enforcement", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ArchitectureRules.class);
}
