package org.fengqiao.gateway.routes;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchange;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends the client's query string to the service exactly as the client wrote it. Spring Cloud
 * Gateway rebuilds the query from the decoded parameters, which keeps their values but not their
 * order or encoding; a service (or a signature over the URL) may care about either. When a route's
 * filter has changed the parameters, its query is sent instead.
 */
final class ClientQueryExchange implements ProxyExchange {

    private final ProxyExchange exchange;

    ClientQueryExchange(ProxyExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public ServerResponse exchange(Request request) {
        return exchange.exchange(new WithClientQuery(request, withClientQuery(request)));
    }

    private static URI withClientQuery(Request request) {
        URI routed = request.getUri();
        String clientQuery = request.getServerRequest().servletRequest().getQueryString();
        if (routed == null || clientQuery == null || !parametersUnchanged(request.getServerRequest())) {
            return routed;
        }
        try {
            return UriComponentsBuilder.fromUri(routed).replaceQuery(clientQuery).build(true).toUri();
        } catch (IllegalArgumentException notStrictlyEncoded) {
            // Tomcat let through a character a URI may not hold: the gateway's re-encoded query it is
            return routed;
        }
    }

    private static boolean parametersUnchanged(ServerRequest routed) {
        Map<String, List<String>> client = new HashMap<>();
        routed.servletRequest().getParameterMap().forEach((name, values) -> client.put(name, List.of(values)));
        return client.equals(new HashMap<>(routed.params()));
    }

    private record WithClientQuery(Request request, URI uri) implements Request {

        @Override
        public HttpMethod getMethod() {
            return request.getMethod();
        }

        @Override
        public URI getUri() {
            return uri;
        }

        @Override
        public ServerRequest getServerRequest() {
            return request.getServerRequest();
        }

        @Override
        public Collection<ResponseConsumer> getResponseConsumers() {
            return request.getResponseConsumers();
        }

        @Override
        public HttpHeaders getHeaders() {
            return request.getHeaders();
        }
    }
}
