package org.fengqiao.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The part of a filter chain every service and the gateway share: stateless, no sessions, no
 * CSRF (bearer tokens are not sent by browsers on their own), no form or basic sign-in; bearer
 * tokens checked by the platform's decoder and read into roles and scopes; 401 and 403 as
 * problem+json, and 503 when the identity provider's keys cannot be fetched. Each chain adds its
 * own authorization rules.
 */
public final class BearerTokenChain {

    public static HttpSecurity apply(HttpSecurity http, JwtDecoder decoder) throws Exception {
        ProblemAuthenticationEntryPoint unauthenticated = new ProblemAuthenticationEntryPoint();
        ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler();
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(resourceServer -> {
                    resourceServer.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(AccessTokens.authentication()))
                            .authenticationEntryPoint(unauthenticated)
                            .accessDeniedHandler(forbidden);
                    resourceServer.addObjectPostProcessor(TokenCheckFailure.postProcessor(unauthenticated));
                })
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
    }

    private BearerTokenChain() {
    }
}
