package org.fengqiao.security;

import static org.springframework.http.HttpMethod.GET;

import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.Scopes;

/**
 * The rules every service has besides its own operations: health probes and API documents are
 * public (health without details for anonymous callers), metrics are for operators and the
 * metrics scraper.
 */
public final class PlatformAccessRules {

    public static AccessPolicy probesDocsAndMetrics() {
        return AccessPolicy.of("platform",
                AccessRule.open(GET, "/actuator/health"),
                AccessRule.open(GET, "/actuator/health/liveness"),
                AccessRule.open(GET, "/actuator/health/readiness"),
                AccessRule.open(GET, "/v3/api-docs"),
                AccessRule.open(GET, "/v3/api-docs/**"),
                AccessRule.open(GET, "/swagger-ui.html"),
                AccessRule.open(GET, "/swagger-ui/**"),
                AccessRule.on(GET, "/actuator/health/**").roles(Role.OPERATOR).scopes(Scopes.METRICS_READ).always(),
                AccessRule.on(GET, "/actuator/prometheus").roles(Role.OPERATOR).scopes(Scopes.METRICS_READ).always(),
                AccessRule.on(GET, "/actuator/metrics").roles(Role.OPERATOR).scopes(Scopes.METRICS_READ).always(),
                AccessRule.on(GET, "/actuator/metrics/{name}").roles(Role.OPERATOR).scopes(Scopes.METRICS_READ).always(),
                AccessRule.on(GET, "/actuator/info").roles(Role.OPERATOR).scopes(Scopes.METRICS_READ).always(),
                AccessRule.on(GET, "/actuator").roles(Role.OPERATOR).scopes(Scopes.METRICS_READ).always());
    }

    private PlatformAccessRules() {
    }
}
