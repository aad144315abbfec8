package org.fengqiao.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.gateway.support.GatewayClient;
import org.fengqiao.gateway.support.RunningGateway;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SwaggerUiIT extends RunningGateway {

    @Test
    void the_swagger_ui_is_served_without_a_token() {
        HttpResponse<String> entry = gateway().get("/swagger-ui.html", null);

        assertThat(entry.statusCode()).isEqualTo(302);
        String page = entry.headers().firstValue("Location").orElseThrow();
        assertThat(page).endsWith("/swagger-ui/index.html");
        HttpResponse<String> index = gateway().get("/swagger-ui/index.html", null);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(index.body()).contains("swagger-ui");
    }

    @Test
    void its_configuration_lists_the_four_services_documents_with_dispute_service_first_shown() {
        HttpResponse<String> response = gateway().get("/v3/api-docs/swagger-config", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode config = GatewayClient.json(response);
        List<String> documents = new ArrayList<>();
        config.get("urls").forEach(url -> documents.add(url.get("name").asString() + " " + url.get("url").asString()));
        assertThat(documents).containsExactlyInAnyOrder(
                "dispute-service /v3/api-docs/dispute-service",
                "patrol-service /v3/api-docs/patrol-service",
                "citizen-service /v3/api-docs/citizen-service",
                "notification-service /v3/api-docs/notification-service");
        assertThat(config.get("urls.primaryName").asString()).isEqualTo("dispute-service");
        assertThat(config.get("oauth2RedirectUrl").asString()).isEqualTo(gateway().base() + "/swagger-ui/oauth2-redirect.html");
    }

    @Test
    void it_signs_in_as_the_public_swagger_ui_client_with_pkce() {
        HttpResponse<String> initializer = gateway().get("/swagger-ui/swagger-initializer.js", null);

        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).contains("\"clientId\":\"swagger-ui\"", "\"usePkceWithAuthorizationCodeGrant\":true",
                "\"scopes\":\"openid profile\"", "\"configUrl\" : \"/v3/api-docs/swagger-config\"");
        assertThat(initializer.body()).doesNotContain("petstore");
    }
}
