package org.fengqiao.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A service's role matrix: one {@link AccessRule} per operation. Whatever no rule names is refused
 * to everybody, so an endpoint added without a rule cannot be called (and the access-matrix test,
 * which walks the OpenAPI document, fails for it). A service declares its policy as a bean; the
 * kit adds its own for the operations every service has (dead letters, parked events, actuator).
 */
public record AccessPolicy(String name, List<AccessRule> rules) {

    public AccessPolicy {
        rules = List.copyOf(rules);
        List<String> seen = new ArrayList<>();
        for (AccessRule rule : rules) {
            if (seen.contains(rule.operation())) {
                throw new IllegalArgumentException("two rules for " + rule.operation() + " in " + name);
            }
            seen.add(rule.operation());
        }
    }

    public static AccessPolicy of(String name, AccessRule... rules) {
        return new AccessPolicy(name, List.of(rules));
    }

    /** Several policies as one (a service's and the kit's). */
    public static AccessPolicy merge(String name, List<AccessPolicy> policies) {
        List<AccessRule> all = new ArrayList<>();
        policies.forEach(policy -> all.addAll(policy.rules()));
        return new AccessPolicy(name, all);
    }

    /** The rule declared for exactly this operation (as the OpenAPI document names it). */
    public Optional<AccessRule> ruleFor(HttpMethod method, String path) {
        return rules.stream().filter(rule -> rule.method().equals(method) && rule.path().equals(path)).findFirst();
    }

    /**
     * The rules in the order a request must be matched against them: the most specific path first,
     * as Spring MVC chooses handlers ({@code /notifications/parked} before {@code /notifications/{id}}).
     */
    public List<AccessRule> inMatchingOrder() {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        Comparator<AccessRule> specificity = Comparator.comparing(rule -> parser.parse(rule.path()), PathPattern.SPECIFICITY_COMPARATOR);
        return rules.stream().sorted(specificity).toList();
    }
}
