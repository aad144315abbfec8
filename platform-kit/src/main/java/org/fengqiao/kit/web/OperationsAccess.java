package org.fengqiao.kit.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.fengqiao.events.access.Role;
import org.fengqiao.security.AccessPolicy;
import org.fengqiao.security.AccessRule;

/** Who may use the operations every service has: only the operations team. */
public final class OperationsAccess {

    public static AccessPolicy policy() {
        return AccessPolicy.of("operations",
                AccessRule.on(GET, "/api/v1/outbox/parked").roles(Role.OPERATOR).always(),
                AccessRule.on(POST, "/api/v1/dead-letters/{topic}/replay").roles(Role.OPERATOR).always());
    }

    private OperationsAccess() {
    }
}
