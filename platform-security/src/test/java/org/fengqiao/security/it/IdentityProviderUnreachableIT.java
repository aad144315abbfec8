package org.fengqiao.security.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.fengqiao.security.test.TestIdentityProvider;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A token that cannot be checked because the provider's keys are out of reach: try again later (503), not "sign in again". */
@SpringBootTest(classes = ThingsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderUnreachableIT {

    @DynamicPropertySource
    static void keysNobodyServes(DynamicPropertyRegistry registry) {
        registry.add("platform.security.issuer-uri", () -> TestIdentityProvider.shared().issuer());
        registry.add("platform.security.jwk-set-uri", () -> "http://127.0.0.1:1/oauth2/jwks");
    }

    @LocalServerPort
    int port;

    @Test
    void a_token_whose_keys_cannot_be_fetched_gets_503_problem_json() throws Exception {
        HttpResponse<String> response = ResourceServerIT.get(port, "/things/t-1", TestTokens.resident("CZ-90001"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("urn:fengqiao:problem:service-unavailable");
    }
}
