package cn.gov.sucheng.worksafety.training;

import cn.gov.sucheng.worksafety.platform.testing.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** enterprise and trainee at the bottom; sessions, exams, certificates above; coverage on top. */
@AnalyzeClasses(packages = "cn.gov.sucheng.worksafety.training", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layout = ArchTests.in(ArchitectureRules.class);
}
