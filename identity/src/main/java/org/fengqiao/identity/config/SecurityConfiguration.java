package org.fengqiao.identity.config;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.List;
import java.util.Set;

import org.fengqiao.identity.clients.application.ClientAdmission;
import org.fengqiao.identity.clients.application.SystemScopesByDefault;
import org.fengqiao.identity.tokens.ContractUserInfo;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Who may reach what, one filter chain per part, tried in order:
 * <ol>
 * <li>the OAuth 2.1 / OpenID Connect endpoints (authorize, token, JWKS, discovery, userinfo, ...);</li>
 * <li>the actuator: only health and its liveness/readiness probes, without details;</li>
 * <li>{@code /dev/**}: open, without CSRF or session, because only the development tokens live there
 * and they exist only under the {@code local} profile (otherwise the path answers 404);</li>
 * <li>everything else: the sign-in form.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, ClientAdmission admission, ContractUserInfo userInfo) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(oidc -> oidc.userInfoEndpoint(endpoint -> endpoint.userInfoMapper(userInfo)));
                    server.authorizationEndpoint(endpoint -> endpoint.authenticationProviders(providers -> providers.forEach(provider -> {
                        if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider codeRequests) {
                            codeRequests.setAuthenticationValidator(new OAuth2AuthorizationCodeRequestAuthenticationValidator().andThen(admission));
                        }
                    })));
                    server.tokenEndpoint(endpoint -> endpoint.accessTokenRequestConverter(new SystemScopesByDefault()));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // the userinfo endpoint takes the access token it issued
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                // a browser that is not signed in is sent to the sign-in form, then back; other callers get 401
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browsers()));
        return http.build();
    }

    /**
     * The configured origins may call the protocol endpoints from a browser (a public client's
     * code exchange, the key set, discovery, userinfo); the authorization endpoint itself is a
     * navigation, not a cross-origin call. Ahead of every filter chain, so a preflight is answered
     * here (and a foreign origin refused with 403) before any chain asks for a sign-in.
     */
    @Bean
    FilterRegistrationBean<CorsFilter> browserOrigins(IdentityProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.cors().allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        for (String path : List.of("/oauth2/token", "/oauth2/jwks", "/oauth2/revoke", "/oauth2/introspect", "/userinfo",
                "/.well-known/**", "/connect/logout")) {
            source.registerCorsConfiguration(path, cors);
        }
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Requests that ask for HTML by name (a caller that accepts anything is not taken for a browser). */
    private static MediaTypeRequestMatcher browsers() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain developmentTokens(HttpSecurity http) throws Exception {
        http.securityMatcher("/dev/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(withDefaults());
        return http.build();
    }
}
