package org.fengqiao.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which browser apps on other origins may call the platform ({@code gateway.cors.*}).
 *
 * @param allowedOrigins exact origins such as {@code https://officer.example.org}; empty: no
 *                       cross-origin browser access at all (apps served from the gateway's own
 *                       origin, such as the Swagger UI, need none)
 */
@ConfigurationProperties("gateway.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    }
}
