package org.fengqiao.gateway.limits;

import java.io.IOException;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fengqiao.security.Caller;
import org.fengqiao.security.SecurityProblems;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how fast each person, each client app and each anonymous address may call, and answers
 * 429 problem+json with {@code Retry-After} beyond that. It runs after the token check, so only a
 * token the identity provider really signed spends a person's (and its client's) requests: a
 * forged one is refused before it gets here and cannot use up someone else's. An outside system
 * (a token for a client, no person) is limited per client only. The health probes are never
 * limited: a refused probe would take a healthy gateway out of service.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimit perPerson;
    private final RateLimit perClient;
    private final RateLimit perAddress;
    private final Map<String, Counter> refusals;

    RateLimitFilter(RateLimitProperties properties, MeterRegistry meters) {
        this.perPerson = new RateLimit("person", properties.perPerson(), properties.maxTrackedKeys());
        this.perClient = new RateLimit("client", properties.perClient(), properties.maxTrackedKeys());
        this.perAddress = new RateLimit("address", properties.perAddress(), properties.maxTrackedKeys());
        this.refusals = Map.of(
                perPerson.name(), refusals(meters, perPerson),
                perClient.name(), refusals(meters, perClient),
                perAddress.name(), refusals(meters, perAddress));
    }

    private static Counter refusals(MeterRegistry meters, RateLimit limit) {
        return Counter.builder("gateway.rate.limit.refusals").description("Requests refused with 429 by a rate limit")
                .tag("limit", limit.name()).register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        RateLimit exceeded;
        Admission admission;
        if (authentication instanceof JwtAuthenticationToken token) {
            Caller caller = Caller.of(token.getToken());
            exceeded = perPerson;
            admission = isSystem(caller) ? Admission.ADMITTED : perPerson.take(caller.id());
            if (admission.admitted() && caller.clientId() != null) {
                exceeded = perClient;
                admission = perClient.take(caller.clientId());
            }
        } else {
            exceeded = perAddress;
            admission = perAddress.take(request.getRemoteAddr());
        }
        if (admission.admitted()) {
            chain.doFilter(request, response);
            return;
        }
        refusals.get(exceeded.name()).increment();
        response.setHeader("Retry-After", String.valueOf(admission.retryAfterSeconds()));
        SecurityProblems.write(request, response, 429, SecurityProblems.TOO_MANY_REQUESTS, "Too many requests",
                "Too many requests for this " + exceeded.name() + "; try again in " + admission.retryAfterSeconds() + " s.",
                Map.of("limit", exceeded.name()));
    }

    /** A system acts for no person; its subject is its client, so only the client's limit applies. */
    private static boolean isSystem(Caller caller) {
        return caller.isSystem() || caller.id() == null || caller.id().equals(caller.clientId());
    }
}
