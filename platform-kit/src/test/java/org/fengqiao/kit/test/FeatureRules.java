package org.fengqiao.kit.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * How the features of a service ({@code org.fengqiao.<service>.<feature>}) may use each other: no
 * cycles between them, and one feature uses another only through what that feature offers, its
 * {@code application} (use cases and ports) and {@code model}, never its web controllers, its
 * storage or its messaging. A service's architecture test includes these with
 * {@code @ArchTest static final ArchTests features = ArchTests.in(FeatureRules.class);}.
 *
 * <p>Two packages of a service are not features: {@code config} wires the service together and
 * {@code demo} makes up a year of data through the features' use cases; they may use any feature's
 * offer, and no feature may use them.
 */
public final class FeatureRules {

    private static final Pattern FEATURE_LAYER = Pattern.compile("^org\\.fengqiao\\.(\\w+)\\.(\\w+)(?:\\.(\\w+))?.*$");
    private static final Set<String> NOT_FEATURES = Set.of("config", "demo");
    private static final Set<String> INSIDE = Set.of("web", "persistence", "messaging");

    @ArchTest
    public static final ArchRule features_do_not_depend_on_each_other_in_a_cycle = slices()
            .matching("org.fengqiao.(*).(*)..").namingSlices("feature '$2' of $1")
            .should().beFreeOfCycles();

    @ArchTest
    public static final ArchRule a_feature_uses_another_only_through_its_application_and_model = classes()
            .should(new ArchCondition<JavaClass>("use another feature only through its application or model packages") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Optional<String[]> from = featureOf(origin);
                    if (from.isEmpty()) {
                        return;
                    }
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        Optional<String[]> to = featureOf(dependency.getTargetClass());
                        if (to.isEmpty() || !to.get()[0].equals(from.get()[0]) || to.get()[1].equals(from.get()[1])) {
                            continue;
                        }
                        String target = to.get()[1];
                        if (NOT_FEATURES.contains(target) && !NOT_FEATURES.contains(from.get()[1])) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                    + ": a feature does not use '" + target + "'"));
                        } else if (INSIDE.contains(to.get()[2])) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                    + ": reaches inside feature '" + target + "' (its " + to.get()[2] + ")"));
                        }
                    }
                }
            })
            .because("a feature's controllers, storage and messaging are its own; what it offers the others is its application and model");

    /** {service, feature, layer} of a class inside a feature; empty for the kit, the contract and a service's root. */
    private static Optional<String[]> featureOf(JavaClass type) {
        Matcher matcher = FEATURE_LAYER.matcher(type.getPackageName());
        if (!matcher.matches() || Set.of("kit", "events", "security").contains(matcher.group(1)) || matcher.group(2) == null) {
            return Optional.empty();
        }
        return Optional.of(new String[] {matcher.group(1), matcher.group(2), matcher.group(3) == null ? "" : matcher.group(3)});
    }

    private FeatureRules() {
    }
}
