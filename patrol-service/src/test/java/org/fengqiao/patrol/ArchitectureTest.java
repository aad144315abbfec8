package org.fengqiao.patrol;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.fengqiao.kit.test.FeatureRules;
import org.fengqiao.kit.test.LayeringRules;
import org.fengqiao.kit.test.RequestRules;

@AnalyzeClasses(packages = "org.fengqiao.patrol", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(LayeringRules.class);

    @ArchTest
    static final ArchTests features = ArchTests.in(FeatureRules.class);

    @ArchTest
    static final ArchTests requests = ArchTests.in(RequestRules.class);
}
