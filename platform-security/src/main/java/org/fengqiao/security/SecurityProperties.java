package org.fengqiao.security;

import java.time.Duration;

import org.fengqiao.events.access.TokenClaims;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which identity provider's tokens are accepted ({@code platform.security.*}).
 *
 * @param issuerUri the issuer every token must name in {@code iss}, exactly (the address the
 *                  browser and apps use for the provider); env {@code PLATFORM_SECURITY_ISSUER_URI}
 * @param jwkSetUri where the provider's public keys are fetched; defaults to
 *                  {@code <issuer>/oauth2/jwks} (set it when the service reaches the provider by
 *                  another address, e.g. inside docker-compose); env {@code PLATFORM_SECURITY_JWK_SET_URI}
 * @param audience  what every token's {@code aud} must contain
 * @param clockSkew how far apart the provider's and the service's clocks may be
 */
@ConfigurationProperties("platform.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, String audience, Duration clockSkew) {

    public SecurityProperties {
        issuerUri = issuerUri == null || issuerUri.isBlank() ? "http://localhost:9000" : stripSlash(issuerUri);
        jwkSetUri = jwkSetUri == null || jwkSetUri.isBlank() ? issuerUri + "/oauth2/jwks" : jwkSetUri;
        audience = audience == null || audience.isBlank() ? TokenClaims.PLATFORM_AUDIENCE : audience;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
