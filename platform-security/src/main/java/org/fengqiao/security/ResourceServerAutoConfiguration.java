package org.fengqiao.security;

import java.util.List;

import jakarta.servlet.DispatcherType;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes a service an OAuth2 resource server with its role matrix: every {@link AccessPolicy}
 * bean (the service's, the kit's) is applied rule by rule, most specific path first, and every
 * request no rule names is refused: a service without a policy answers nobody. Stateless, no
 * sessions, no CSRF (bearer tokens are not sent by browsers on their own). An application that
 * declares its own {@link SecurityFilterChain} (the gateway) keeps it.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerAutoConfiguration {

    static {
        // a controller's Caller parameter is resolved from the token, not a request parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder platformJwtDecoder(SecurityProperties properties) {
        return AccessTokens.decoder(properties);
    }

    /**
     * Spring Security observes each filter of its chain, each token check and each access decision
     * on its own (metrics and spans). Measured at 200 reports/s that was about a tenth of
     * dispute-service's CPU, for spans an operator does not read: the request's own observation
     * ({@code http.server.requests}, its span and the trace it carries on) is kept, and so are a
     * refusal's status and problem. {@code platform.security.observations.enabled=true} (env
     * {@code PLATFORM_SECURITY_OBSERVATIONS_ENABLED}) turns Spring Security's back on.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "platform.security.observations.enabled", havingValue = "false", matchIfMissing = true)
    SecurityObservationSettings requestObservationOnly() {
        return SecurityObservationSettings.noObservations();
    }

    /** {@code /error} answers problem+json (Spring's default answers its own JSON). */
    @Bean
    @ConditionalOnMissingBean(org.springframework.boot.webmvc.error.ErrorController.class)
    ProblemErrors.ErrorPage problemErrorPage() {
        return new ProblemErrors.ErrorPage();
    }

    /** What Tomcat refuses on its own is answered as problem+json, not as its HTML report. */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory>
            problemErrorReports() {
        return ProblemErrors.tomcatReports();
    }

    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    /** The chain of a service; the gateway, which declares its own, does without it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    static class ServiceChain {

        @Bean
        SecurityFilterChain platformSecurity(HttpSecurity http, ObjectProvider<AccessPolicy> policies, JwtDecoder decoder) throws Exception {
            AccessPolicy policy = AccessPolicy.merge("service", policies.orderedStream().toList());
            BearerTokenChain.apply(http, decoder)
                    .anonymous(anonymous -> { })
                    .authorizeHttpRequests(requests -> {
                        // the error page and the async dispatch of a live stream belong to a request already decided
                        requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                        for (AccessRule rule : policy.inMatchingOrder()) {
                            PathPatternRequestMatcher matcher = PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.path());
                            if (rule.isPublic()) {
                                requests.requestMatchers(matcher).permitAll();
                            } else {
                                requests.requestMatchers(matcher).hasAnyAuthority(rule.authorities());
                            }
                        }
                        requests.anyRequest().denyAll();
                    });
            return http.build();
        }

        @Bean
        AccessPolicyOpenApi accessPolicyOpenApi(ObjectProvider<AccessPolicy> policies, SecurityProperties properties) {
            return new AccessPolicyOpenApi(AccessPolicy.merge("service", policies.orderedStream().toList()), properties);
        }

        /** The public probes and documents and the operators' metrics, for every service. */
        @Bean
        AccessPolicy platformAccessRules() {
            return PlatformAccessRules.probesDocsAndMetrics();
        }
    }
}
