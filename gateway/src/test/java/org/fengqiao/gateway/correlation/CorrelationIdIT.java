package org.fengqiao.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.fengqiao.events.access.Role;
import org.fengqiao.gateway.support.PlatformServices;
import org.fengqiao.gateway.support.RunningGateway;
import org.fengqiao.gateway.support.StubService.Received;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;

class CorrelationIdIT extends RunningGateway {

    private HttpResponse<String> call(String probe, String correlationId) {
        HttpRequest.Builder request = gateway().to("/api/v1/appointments?probe=" + probe)
                .header("Authorization", "Bearer " + TestTokens.person("RD-" + UUID.randomUUID(), Role.REGISTRATION_DESK).token())
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return gateway().send(request);
    }

    @Test
    void a_sane_correlation_id_is_kept_passed_to_the_service_and_echoed_once() {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = call(probe, "app-7:req.42_x");

        Received request = PlatformServices.CITIZEN.receivedWithProbe(probe).get(0);
        assertThat(request.headers().get("X-Correlation-Id")).containsExactly("app-7:req.42_x");
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("app-7:req.42_x");
    }

    @Test
    void an_insane_correlation_id_is_replaced_by_a_new_one_the_service_gets_too() {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = call(probe, "<script>alert(1)</script>");

        String replaced = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(UUID.fromString(replaced)).isNotNull();
        assertThat(PlatformServices.CITIZEN.receivedWithProbe(probe).get(0).headers().get("X-Correlation-Id")).containsExactly(replaced);
    }

    @Test
    void a_missing_correlation_id_is_made_up() {
        String probe = UUID.randomUUID().toString();

        HttpResponse<String> response = call(probe, null);

        String made = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(UUID.fromString(made)).isNotNull();
        assertThat(PlatformServices.CITIZEN.receivedWithProbe(probe).get(0).header("X-Correlation-Id")).isEqualTo(made);
    }

    @Test
    void the_gateways_own_refusals_carry_the_correlation_id() {
        HttpResponse<String> unauthenticated = gateway().send(gateway().to("/api/v1/appointments").header("X-Correlation-Id", "refused-1").GET());

        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(unauthenticated.headers().allValues("X-Correlation-Id")).containsExactly("refused-1");
    }
}
