package org.fengqiao.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.fengqiao.events.access.Role;
import org.springframework.http.HttpMethod;

/**
 * One row of the role matrix: an operation ({@code method} and {@code path} exactly as the
 * service's OpenAPI document names it, e.g. {@code POST /api/v1/disputes/{id}/triage}), the roles
 * and scopes that may call it, and, in words, the rule on the person that the use case adds
 * ("only the grid cell's community officer"). A public operation needs no token.
 */
public record AccessRule(HttpMethod method, String path, Set<Role> roles, Set<String> scopes, String provided, boolean isPublic) {

    public AccessRule {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a rule's path starts with '/': " + path);
        }
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
        if (!isPublic && roles.isEmpty() && scopes.isEmpty()) {
            throw new IllegalArgumentException(method + " " + path + " names no role and no scope: nobody could call it");
        }
    }

    /** Starts a rule for an operation: {@code AccessRule.on(POST, "/api/v1/disputes").roles(...)}. */
    public static Builder on(HttpMethod method, String path) {
        return new Builder(method, path);
    }

    /** An operation anyone may call without a token (health probes, API documents). */
    public static AccessRule open(HttpMethod method, String path) {
        return new AccessRule(method, path, Set.of(), Set.of(), null, true);
    }

    /** The authorities that pass this rule: {@code ROLE_<role>} and {@code SCOPE_<scope>}. */
    public String[] authorities() {
        return Stream.concat(roles.stream().map(role -> "ROLE_" + role.name()), scopes.stream().map(scope -> "SCOPE_" + scope))
                .toArray(String[]::new);
    }

    /** {@code GET /api/v1/disputes/{id}}. */
    public String operation() {
        return method.name() + " " + path;
    }

    public static final class Builder {
        private final HttpMethod method;
        private final String path;
        private final Set<String> scopes = new LinkedHashSet<>();
        private Set<Role> roles = EnumSet.noneOf(Role.class);

        private Builder(HttpMethod method, String path) {
            this.method = method;
            this.path = path;
        }

        public Builder roles(Role... allowed) {
            roles.addAll(Arrays.asList(allowed));
            return this;
        }

        public Builder roles(Set<Role> allowed) {
            roles.addAll(allowed);
            return this;
        }

        public Builder scopes(String... allowed) {
            scopes.addAll(List.of(allowed));
            return this;
        }

        /** The rule on the person that the use case checks, in words (for the README and Swagger UI). */
        public AccessRule provided(String condition) {
            return new AccessRule(method, path, roles, scopes, condition, false);
        }

        public AccessRule always() {
            return new AccessRule(method, path, roles, scopes, null, false);
        }
    }
}
