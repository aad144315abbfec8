package org.fengqiao.gateway.routes;

import java.net.http.HttpClient;

import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchange;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * What the route table in {@code application.yml} needs besides itself: the client's query as it
 * was written, the headers the service is told and the ones taken out of its answer, problem+json
 * when the service cannot be reached, and an HTTP client that speaks plain HTTP/1.1 to the
 * services (no cleartext HTTP/2 upgrade attempt on every new connection).
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {

    /** Spring Cloud Gateway's own exchange backs off for this one, which wraps it. */
    @Bean
    ProxyExchange clientQueryExchange(RestClient.Builder restClient, GatewayMvcProperties properties) {
        return new ClientQueryExchange(new RestClientProxyExchange(restClient.build(), properties));
    }

    @Bean
    ForwardedHeaders forwardedHeaders() {
        return new ForwardedHeaders();
    }

    @Bean
    BackendResponseHeaders backendResponseHeaders() {
        return new BackendResponseHeaders();
    }

    @Bean
    UnreachableBackend unreachableBackend() {
        return new UnreachableBackend();
    }

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> http11ToServices() {
        return builder -> builder.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
    }
}
