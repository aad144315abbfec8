package org.fengqiao.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * How a bearer token is checked and read, the same in every service and the gateway: RS256
 * signature by a key the provider publishes (fetched lazily and cached, so a service starts
 * before the provider and picks up a rotated key), the exact issuer, the platform audience,
 * not expired and not before its time; then its roles and scopes become authorities. A token that
 * passed is remembered until it expires ({@link VerifiedTokens}), so a client's next requests are
 * not checked all over again.
 */
public final class AccessTokens {

    /** The decoder for tokens of the configured provider. */
    public static JwtDecoder decoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        List<OAuth2TokenValidator<Jwt>> checks = List.of(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuerUri()),
                new JwtClaimValidator<List<String>>("aud", audience -> audience != null && audience.contains(properties.audience())));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
        return new VerifiedTokens(decoder, properties.clockSkew(), java.time.Clock.systemUTC());
    }

    /** {@code ROLE_<role>} for each role and {@code SCOPE_<scope>} for each scope; the name is the token's subject. */
    public static Converter<Jwt, AbstractAuthenticationToken> authentication() {
        return jwt -> new JwtAuthenticationToken(jwt, authorities(Caller.of(jwt)), jwt.getSubject());
    }

    static Collection<GrantedAuthority> authorities(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        caller.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        caller.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        return authorities;
    }

    private AccessTokens() {
    }
}
