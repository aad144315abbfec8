package org.fengqiao.gateway.limits;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits run right after the security filter chain (so they know who is asking, and only
 * valid tokens count) and before Spring Cloud Gateway's own filters and the route.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    static final int RATE_LIMIT_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;
    static final int BODY_SIZE_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 20;

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties, MeterRegistry meters) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(properties, meters));
        registration.setOrder(RATE_LIMIT_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeFilter> bodySizeFilter(BodyLimitProperties properties) {
        FilterRegistrationBean<BodySizeFilter> registration = new FilterRegistrationBean<>(new BodySizeFilter(properties));
        registration.setOrder(BODY_SIZE_ORDER);
        return registration;
    }
}
