package org.fengqiao.gateway;

import java.net.URI;

/**
 * The gateway's own problem types, besides platform-security's (unauthenticated, forbidden,
 * too-many-requests, payload-too-large): something the request needs cannot be reached.
 */
public final class GatewayProblems {

    /** A service, or the identity provider's keys, cannot be reached right now (503); try again shortly. */
    public static final URI SERVICE_UNAVAILABLE = org.fengqiao.security.SecurityProblems.SERVICE_UNAVAILABLE;
    /** A service broke off the exchange (502); whether a write took effect is unknown. */
    public static final URI BAD_GATEWAY = URI.create("urn:fengqiao:problem:bad-gateway");

    private GatewayProblems() {
    }
}
