package org.fengqiao.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.fengqiao.events.EventCatalog;
import org.fengqiao.gateway.support.GatewayClient;
import org.fengqiao.gateway.support.RunningGateway;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AsyncApiIT extends RunningGateway {

    @Test
    void the_asyncapi_document_of_the_topics_is_served_without_a_token() {
        HttpResponse<String> response = gateway().get("/asyncapi.json", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode document = GatewayClient.json(response);
        assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.get("channels").propertyNames()).contains("dispute.events", "patrol.events", "citizen.events",
                "notification.events", "dispute.events.dlt");
        assertThat(document.get("components").get("messages").propertyNames()).hasSize(EventCatalog.ALL.size());
    }

    @Test
    void nothing_else_at_the_root_is_public() {
        assertThat(gateway().get("/asyncapi.yaml", null).statusCode()).isIn(401, 403);
    }
}
