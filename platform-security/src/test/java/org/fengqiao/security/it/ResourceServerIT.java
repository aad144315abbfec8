package org.fengqiao.security.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fengqiao.events.access.Role;
import org.fengqiao.security.test.TestIdentityProvider;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service chain as every service gets it: the role matrix applied over real HTTP with real tokens. */
@SpringBootTest(classes = ThingsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResourceServerIT {

    @DynamicPropertySource
    static void trustTheTestProvider(DynamicPropertyRegistry registry) {
        TestIdentityProvider.shared().properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    static HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_caller_is_the_tokens_person_and_a_literal_path_is_ruled_before_the_pattern_that_would_swallow_it() throws Exception {
        String resident = TestTokens.resident("CZ-90001");

        HttpResponse<String> own = get(port, "/things/t-1", resident);
        HttpResponse<String> special = get(port, "/things/special", resident);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo("t-1 for CZ-90001");
        assertThat(special.statusCode()).as("/things/special is the operators', although /things/{id} would match it").isEqualTo(403);
        assertThat(special.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get(port, "/things/special", TestTokens.person("OP-01", Role.OPERATOR).token()).body()).isEqualTo("special for OP-01");
    }

    @Test
    void what_no_rule_names_is_refused_to_everybody_and_health_is_public() throws Exception {
        assertThat(get(port, "/unlisted", null).statusCode()).isEqualTo(401);
        assertThat(get(port, "/unlisted", TestTokens.person("OP-01", Role.values()).token()).statusCode()).isEqualTo(403);
        assertThat(get(port, "/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/v3/api-docs", null).statusCode()).isEqualTo(200);
    }
}
