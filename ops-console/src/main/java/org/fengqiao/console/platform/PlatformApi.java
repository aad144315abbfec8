package org.fengqiao.console.platform;

import java.util.Map;

import org.fengqiao.console.config.ConsoleProperties;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' own APIs, reached through the gateway as the signed-in operator: their access
 * token goes with every call, so each service decides as it would for any client. A refusal or a
 * service out of reach is an {@link ApiAnswer} with the problem's title, shown on the page beside
 * what did work; it never breaks the page.
 */
@Component
public class PlatformApi {

    private final RestClient gateway;
    private final JsonMapper json = JsonMapper.builder().build();

    public PlatformApi(RestClient.Builder builder, ConsoleProperties properties) {
        this.gateway = builder.baseUrl(properties.gatewayUrl()).build();
    }

    /** What one call answered: its body, or why there is none. */
    public record ApiAnswer(int status, JsonNode body, String problem) {

        private static final JsonMapper PLAIN = JsonMapper.builder().build();

        public boolean ok() {
            return problem == null;
        }

        /** The body as plain maps, lists, texts and numbers, for a page to show. */
        public Object data() {
            return body == null || body.isNull() ? null : PLAIN.treeToValue(body, Object.class);
        }

        /** The body's items, when it is a list; else none. */
        public java.util.List<?> items() {
            return ok() && data() instanceof java.util.List<?> list ? list : java.util.List.of();
        }
    }

    public ApiAnswer get(OAuth2AuthorizedClient operator, String path, Map<String, ?> query) {
        return call(operator, "GET", path, query);
    }

    public ApiAnswer post(OAuth2AuthorizedClient operator, String path) {
        return call(operator, "POST", path, Map.of());
    }

    private ApiAnswer call(OAuth2AuthorizedClient operator, String method, String path, Map<String, ?> query) {
        try {
            RestClient.RequestBodySpec request = gateway.method(org.springframework.http.HttpMethod.valueOf(method))
                    .uri(uri -> {
                        uri.path(path);
                        query.forEach((name, value) -> uri.queryParam(name, value));
                        return uri.build();
                    })
                    .headers(headers -> headers.setBearerAuth(operator.getAccessToken().getTokenValue()));
            return request.exchange((req, response) -> {
                HttpStatusCode status = response.getStatusCode();
                byte[] body = response.getBody().readAllBytes();
                JsonNode node = body.length == 0 ? json.nullNode() : json.readTree(body);
                if (status.isError()) {
                    String title = node.path("detail").asString(node.path("title").asString(status.toString()));
                    return new ApiAnswer(status.value(), node, status.value() + ": " + title);
                }
                return new ApiAnswer(status.value(), node, null);
            });
        } catch (RestClientResponseException | org.springframework.web.client.ResourceAccessException e) {
            return new ApiAnswer(503, json.nullNode(), "not reachable: " + e.getMessage());
        } catch (RuntimeException e) {
            return new ApiAnswer(502, json.nullNode(), "unreadable answer: " + e.getMessage());
        }
    }
}
