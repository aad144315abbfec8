package org.fengqiao.security.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fengqiao.security.test.TestIdentityProvider;
import org.fengqiao.security.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A request is observed once, as {@code http.server.requests} (its metrics, its span), not once
 * more for each of Spring Security's filters, token checks and access decisions.
 */
@SpringBootTest(classes = ThingsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ObservedNames.class)
class SecurityObservationsIT {

    @DynamicPropertySource
    static void trustTheTestProvider(DynamicPropertyRegistry registry) {
        TestIdentityProvider.shared().properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    ObservedNames observed;

    @Test
    void an_allowed_and_a_refused_request_are_each_observed_as_the_request_only() throws Exception {
        List<String> allowed = observed.ofGet(port, "/things/t-1", TestTokens.resident("CZ-90001"), 200);
        List<String> refused = observed.ofGet(port, "/things/special", TestTokens.resident("CZ-90001"), 403);

        assertThat(allowed).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
        assertThat(refused).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
    }

    /** An operator who wants Spring Security's own spans back sets one property. */
    @SpringBootTest(classes = ThingsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "platform.security.observations.enabled=true")
    @Import(ObservedNames.class)
    static class WhenTurnedOnIT {

        @DynamicPropertySource
        static void trustTheTestProvider(DynamicPropertyRegistry registry) {
            SecurityObservationsIT.trustTheTestProvider(registry);
        }

        @LocalServerPort
        int port;

        @Autowired
        ObservedNames observed;

        @Test
        void the_chain_the_token_check_and_the_decision_are_observed_too() throws Exception {
            List<String> allowed = observed.ofGet(port, "/things/t-1", TestTokens.resident("CZ-90001"), 200);

            assertThat(allowed).contains("http.server.requests", "spring.security.filterchains",
                    "spring.security.authentications", "spring.security.authorizations");
        }
    }
}
