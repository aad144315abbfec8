package org.fengqiao.identity.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import org.fengqiao.events.access.TokenClaims;
import org.fengqiao.identity.support.Http;
import org.fengqiao.identity.support.RunningIdentity;
import org.fengqiao.identity.support.SignInFlow;
import org.fengqiao.identity.support.VerifiedTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development shortcut exists only under the {@code local} profile and gives the sign-in flow's very token. */
class DevTokensIT {

    @TempDir
    static Path dataDir;
    /** Started with the {@code local} profile. */
    static RunningIdentity identity;

    @BeforeAll
    static void start() {
        identity = RunningIdentity.on(dataDir).profile("local").start();
    }

    @AfterAll
    static void stop() {
        identity.close();
    }

    @Test
    void without_the_local_profile_the_shortcut_does_not_exist(@TempDir Path otherDataDir) {
        try (RunningIdentity withoutLocal = RunningIdentity.on(otherDataDir).start()) {
            HttpResponse<String> response = new Http().post(withoutLocal.url("/dev/tokens/CO-02"));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("eyJ");
        }
    }

    @Test
    void a_token_as_plain_text_carries_the_same_claims_as_the_sign_in_flow_and_the_same_key() {
        String flowToken = (String) SignInFlow.through(identity, "officer-app")
                .tokensFor("CO-02", RunningIdentity.PASSWORD).get("access_token");

        HttpResponse<String> response = new Http().post(identity.url("/dev/tokens/CO-02"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        String devToken = response.body();
        assertThat(withoutTimes(VerifiedTokens.verify(identity, devToken)))
                .isEqualTo(withoutTimes(VerifiedTokens.verify(identity, flowToken)));
        assertThat(VerifiedTokens.keyId(devToken)).isEqualTo(VerifiedTokens.keyId(flowToken));
    }

    @Test
    void a_token_as_json_when_asked_for_json_and_through_the_residents_app_for_a_resident() throws Exception {
        HttpResponse<String> response = new Http().post(identity.url("/dev/tokens/CZ-30982"), "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = Http.json(response.body());
        assertThat(body).containsEntry("token_type", "Bearer").containsEntry("expires_in", 1800);
        JWTClaimsSet token = VerifiedTokens.verify(identity, (String) body.get("access_token"));
        assertThat(token.getSubject()).isEqualTo("CZ-30982");
        assertThat(token.getStringClaim(TokenClaims.CLIENT_ID)).isEqualTo("resident-app");
        assertThat(token.getStringListClaim(TokenClaims.ROLES)).containsExactly("RESIDENT");
        assertThat(token.getIssuer()).isEqualTo(RunningIdentity.ISSUER);
    }

    @Test
    void an_unknown_person_is_a_problem_not_found() {
        HttpResponse<String> unknown = new Http().post(identity.url("/dev/tokens/CO-99"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(unknown.body())).containsEntry("type", "urn:fengqiao:problem:not-found").containsEntry("status", 404);
    }

    @Test
    void the_apps_rules_hold_for_development_tokens_too() throws Exception {
        HttpResponse<String> wrongApp = new Http().post(identity.url("/dev/tokens/CO-02?client=resident-app"));
        HttpResponse<String> operator = new Http().post(identity.url("/dev/tokens/OP-01?client=ops-console"));

        assertThat(wrongApp.statusCode()).isEqualTo(400);
        assertThat(Http.json(wrongApp.body())).containsEntry("type", "urn:fengqiao:problem:validation-failed").containsEntry("field", "client");
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(VerifiedTokens.verify(identity, operator.body()).getStringClaim(TokenClaims.CLIENT_ID)).isEqualTo("ops-console");
    }

    private static Map<String, Object> withoutTimes(JWTClaimsSet claims) {
        Map<String, Object> rest = new HashMap<>(claims.getClaims());
        rest.keySet().removeAll(Set.of("iat", "nbf", "exp", "jti"));
        return rest;
    }
}
