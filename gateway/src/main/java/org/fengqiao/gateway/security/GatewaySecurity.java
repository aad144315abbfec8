package org.fengqiao.gateway.security;

import static org.springframework.http.HttpMethod.GET;

import jakarta.servlet.DispatcherType;
import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.Scopes;
import org.fengqiao.security.BearerTokenChain;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The gateway's own filter chain (platform-security's service chain backs off for it): every
 * {@code /api/**} request needs a valid access token of the identity provider, checked exactly as
 * the services check it (platform-security's decoder: signature by a published key, issuer,
 * audience, expiry). Which role may do what is left to the services, which check the token again;
 * the gateway only keeps requests without a valid token from reaching them at all.
 * <p>
 * A token that cannot be checked because the provider's keys are out of reach is 503, not 401
 * ({@link org.fengqiao.security.TokenCheckFailure}).
 * <p>
 * Public: the health probes, the Swagger UI, the API documents and the AsyncAPI document. The
 * operations console ({@code /ops/**}) is passed on as it is: it has its own sign-in (a session
 * after the authorization code flow) and lets only operators in.
 * Metrics: operators and the metrics scraper. Anything else is refused. Stateless, no sessions, no CSRF (bearer tokens are
 * never sent by a browser on its own).
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    @Bean
    SecurityFilterChain gatewayFilterChain(HttpSecurity http, JwtDecoder platformJwtDecoder, CorsProperties cors) throws Exception {
        BearerTokenChain.apply(http, platformJwtDecoder)
                // a preflight from a configured origin is answered here, before any token is asked for
                .cors(policy -> policy.configurationSource(CrossOriginPolicy.of(cors)))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(GET, "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .requestMatchers(GET, "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/asyncapi.json").permitAll()
                        .requestMatchers(GET, "/actuator/prometheus")
                        .hasAnyAuthority("ROLE_" + Role.OPERATOR.name(), "SCOPE_" + Scopes.METRICS_READ)
                        // the console signs its operators in itself and checks their role on every page
                        .requestMatchers("/ops", "/ops/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }
}
