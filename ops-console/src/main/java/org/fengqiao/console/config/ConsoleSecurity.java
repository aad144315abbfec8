package org.fengqiao.console.config;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.TokenClaims;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Operators only. The console is an app of the identity provider ({@code ops-console}: authorization
 * code with PKCE, no secret); an operator signs in there, and the console keeps the session and the
 * access token it calls the services with. The roles come from the ID token's {@code roles} claim,
 * as the identity provider writes them. Everything but the health probes needs {@code OPERATOR};
 * anybody else who signs in gets 403. Forms carry a CSRF token (a session is a cookie).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    static final String REGISTRATION = "ops-console";

    @Bean
    SecurityFilterChain consoleFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/console.css", "/console.js", "/signed-out").permitAll()
                        .anyRequest().hasRole(Role.OPERATOR.name()))
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + REGISTRATION)
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromIdToken())))
                .logout(logout -> logout.logoutSuccessUrl("/signed-out").permitAll());
        return http.build();
    }

    /** {@code ROLE_<name>} for each of the ID token's roles, beside what Spring Security grants already. */
    static GrantedAuthoritiesMapper rolesFromIdToken() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Object roles = oidc.getIdToken().getClaims().get(TokenClaims.ROLES);
                    if (roles instanceof Collection<?> names) {
                        names.forEach(name -> mapped.add(new SimpleGrantedAuthority("ROLE_" + name)));
                    }
                }
            }
            return List.copyOf(mapped);
        };
    }
}
