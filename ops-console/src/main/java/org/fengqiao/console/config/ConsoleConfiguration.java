package org.fengqiao.console.config;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration implements WebMvcConfigurer {

    /** The console's one admin client of the broker: topics, consumer groups, offsets. */
    @Bean(destroyMethod = "close")
    Admin brokerAdmin(ConsoleProperties properties) {
        Map<String, Object> config = properties.kafkaClient();
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return Admin.create(config);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/signed-out").setViewName("signed-out");
    }
}
