package org.fengqiao.kit.test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service follows, package by feature with {@code model / application / web /
 * persistence / messaging} inside. A service's architecture test includes these with
 * {@code @ArchTest static final ArchTests layering = ArchTests.in(LayeringRules.class);}.
 */
public final class LayeringRules {

    @ArchTest
    public static final ArchRule the_domain_model_knows_no_framework = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "org.bson..", "com.mongodb..",
                    "org.apache.kafka..");

    @ArchTest
    public static final ArchRule the_domain_model_does_not_reach_outwards = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..persistence..", "..messaging..");

    @ArchTest
    public static final ArchRule use_cases_do_not_depend_on_web_storage_or_messaging_details = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat(resideInAnyPackage("..web..", "..persistence..", "..messaging..")
                    .and(not(resideInAPackage("org.fengqiao.kit.."))))
            .because("a use case is reached from the web or from a topic, never the other way round "
                    + "(the platform kit's handler contract is allowed)");

    private LayeringRules() {
    }
}
