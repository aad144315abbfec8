package org.fengqiao.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.fengqiao.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The people and the clients are plain values and rules, testable without Spring. */
    @ArchTest
    static final ArchRule models_know_nothing_of_spring = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..", "com.nimbusds..");

    /** Only the configuration wires the parts together; the parts do not reach into it (except for its properties). */
    @ArchTest
    static final ArchRule nothing_depends_on_the_wiring = noClasses().that().resideOutsideOfPackage("..config..")
            .should().dependOnClassesThat().haveSimpleName("IdentityConfiguration")
            .orShould().dependOnClassesThat().haveSimpleName("SecurityConfiguration");
}
