package org.fengqiao.security;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refusals of the front door as RFC 9457 problem+json, with stable types: written by the
 * security filters of every service and the gateway, before any controller runs.
 */
public final class SecurityProblems {

    /** No valid access token: missing, expired, from another issuer, signed with another key. */
    public static final URI UNAUTHENTICATED = URI.create("urn:fengqiao:problem:unauthenticated");
    /** A valid token, but the person (or system) may not do this. */
    public static final URI FORBIDDEN = URI.create("urn:fengqiao:problem:forbidden");
    /** The client or the person sent too many requests; {@code Retry-After} says when to try again. */
    public static final URI TOO_MANY_REQUESTS = URI.create("urn:fengqiao:problem:too-many-requests");
    /** Something the request needs (a service, the identity provider's keys) cannot be reached right now; try again shortly (503). */
    public static final URI SERVICE_UNAVAILABLE = URI.create("urn:fengqiao:problem:service-unavailable");
    /** The request body is larger than the gateway accepts. */
    public static final URI PAYLOAD_TOO_LARGE = URI.create("urn:fengqiao:problem:payload-too-large");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Writes one problem; {@code extra} adds members such as {@code field}. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, URI type, String title,
                             String detail, Map<String, Object> extra) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.putAll(extra);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
        response.getWriter().flush();
    }

    private SecurityProblems() {
    }
}
