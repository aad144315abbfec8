package org.fengqiao.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The one cross-origin policy of the platform: the configured origins may call every path with
 * the methods and headers the apps use, and read the headers they need. No credentials (cookies):
 * the apps send a bearer token, which a browser never attaches on its own.
 */
final class CrossOriginPolicy {

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "OPTIONS");
    static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "X-Correlation-Id", "Last-Event-ID", "Idempotency-Key");
    static final List<String> EXPOSED_HEADERS = List.of("X-Correlation-Id", "Location", "Retry-After", "Idempotent-Replayed");

    static CorsConfigurationSource of(CorsProperties properties) {
        CorsConfiguration policy = new CorsConfiguration();
        policy.setAllowedOrigins(properties.allowedOrigins());
        policy.setAllowedMethods(METHODS);
        policy.setAllowedHeaders(REQUEST_HEADERS);
        policy.setExposedHeaders(EXPOSED_HEADERS);
        policy.setAllowCredentials(false);
        policy.setMaxAge(Duration.ofMinutes(30));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", policy);
        return source;
    }

    private CrossOriginPolicy() {
    }
}
