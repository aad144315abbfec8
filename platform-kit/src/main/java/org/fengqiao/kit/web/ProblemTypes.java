package org.fengqiao.kit.web;

import java.net.URI;

/** The stable {@code type} of each kind of error the platform's APIs answer with (RFC 9457). */
public final class ProblemTypes {

    /** A field of the request is missing or invalid; {@code errors} names each field. */
    public static final URI VALIDATION_FAILED = URI.create("urn:fengqiao:problem:validation-failed");
    /** The body is not JSON, or a value has the wrong type; {@code field} names it when known. */
    public static final URI MALFORMED_REQUEST = URI.create("urn:fengqiao:problem:malformed-request");
    /** No resource with that id. */
    public static final URI NOT_FOUND = URI.create("urn:fengqiao:problem:not-found");
    /** Someone else changed the resource since the caller read it; read it again. */
    public static final URI STALE_VERSION = URI.create("urn:fengqiao:problem:stale-version");
    /** The request is well-formed but the resource's rules forbid it in its current state. */
    public static final URI RULE_VIOLATED = URI.create("urn:fengqiao:problem:rule-violated");

    /** No valid access token (401). */
    public static final URI UNAUTHENTICATED = org.fengqiao.security.SecurityProblems.UNAUTHENTICATED;
    /** A valid token whose person may not do this (403); {@code field} names what is to blame when one is. */
    public static final URI FORBIDDEN = org.fengqiao.security.SecurityProblems.FORBIDDEN;

    /** Something failed on the server's side; the response carries no internals. */
    public static final URI INTERNAL_ERROR = URI.create("urn:fengqiao:problem:internal-error");

    private ProblemTypes() {
    }
}
