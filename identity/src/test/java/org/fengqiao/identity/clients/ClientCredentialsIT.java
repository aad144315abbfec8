package org.fengqiao.identity.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.fengqiao.events.access.TokenClaims;
import org.fengqiao.identity.support.Http;
import org.fengqiao.identity.support.RunningIdentity;
import org.fengqiao.identity.support.VerifiedTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outside systems sign in as themselves with their secret and get a token limited to their scopes. */
class ClientCredentialsIT {

    private static final String HOTLINE_SECRET = "hotline-secret-for-this-test";

    @TempDir
    static Path dataDir;
    static RunningIdentity identity;

    @BeforeAll
    static void start() {
        identity = RunningIdentity.on(dataDir)
                .set("identity.clients.city-hotline.secret", HOTLINE_SECRET)
                .set("identity.clients.prometheus.secret", "scraper-secret")
                .set("identity.clients.statistics-bureau.secret", "")
                .start();
    }

    @AfterAll
    static void stop() {
        identity.close();
    }

    private static HttpResponse<String> basic(String clientId, String secret, Map<String, String> form) {
        String credentials = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new Http().postForm(identity.url("/oauth2/token"), form, "Authorization", "Basic " + credentials, "Accept", "application/json");
    }

    private static Map<String, String> clientCredentials(String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (scope != null) {
            form.put("scope", scope);
        }
        return form;
    }

    @Test
    void the_city_hotline_with_its_secret_gets_a_system_token_with_its_scopes() throws Exception {
        HttpResponse<String> response = basic("city-hotline", HOTLINE_SECRET, clientCredentials(null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JWTClaimsSet token = VerifiedTokens.verify(identity, (String) Http.json(response.body()).get("access_token"));
        assertThat(token.getIssuer()).isEqualTo(RunningIdentity.ISSUER);
        assertThat(token.getSubject()).isEqualTo("city-hotline");
        assertThat(token.getStringClaim(TokenClaims.KIND)).isEqualTo("SYSTEM");
        assertThat(token.getStringListClaim(TokenClaims.ROLES)).isEmpty();
        assertThat(token.getStringListClaim(TokenClaims.SCOPE)).containsExactly("disputes.read", "disputes.report");
        assertThat(token.getStringClaim(TokenClaims.CLIENT_ID)).isEqualTo("city-hotline");
        assertThat(token.getAudience()).contains(TokenClaims.PLATFORM_AUDIENCE);
        assertThat(token.getClaims()).doesNotContainKeys(TokenClaims.NAME, TokenClaims.GRID_CELLS, TokenClaims.TEAM, TokenClaims.DEPARTMENT);
    }

    @Test
    void a_system_naming_a_scope_gets_only_that_scope() throws Exception {
        HttpResponse<String> response = basic("city-hotline", HOTLINE_SECRET, clientCredentials("disputes.read"));

        assertThat(response.statusCode()).isEqualTo(200);
        JWTClaimsSet token = VerifiedTokens.verify(identity, (String) Http.json(response.body()).get("access_token"));
        assertThat(token.getStringListClaim(TokenClaims.SCOPE)).containsExactly("disputes.read");
    }

    @Test
    void a_system_asking_for_a_scope_it_does_not_have_is_refused() {
        HttpResponse<String> response = basic("prometheus", "scraper-secret", clientCredentials("disputes.read"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response.body())).containsEntry("error", "invalid_scope");
    }

    @Test
    void the_secret_may_also_come_in_the_form() throws Exception {
        Map<String, String> form = clientCredentials(null);
        form.put("client_id", "prometheus");
        form.put("client_secret", "scraper-secret");

        HttpResponse<String> response = new Http().postForm(identity.url("/oauth2/token"), form);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JWTClaimsSet token = VerifiedTokens.verify(identity, (String) Http.json(response.body()).get("access_token"));
        assertThat(token.getStringListClaim(TokenClaims.SCOPE)).containsExactly("metrics.read");
    }

    @Test
    void a_wrong_secret_is_refused_with_401() {
        HttpResponse<String> response = basic("city-hotline", "guessed", clientCredentials(null));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.json(response.body())).containsEntry("error", "invalid_client").doesNotContainKey("access_token");
    }

    @Test
    void a_system_without_a_configured_secret_is_not_registered() {
        HttpResponse<String> response = basic("statistics-bureau", "local-statistics-bureau-secret", clientCredentials(null));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void an_app_cannot_use_client_credentials() {
        Map<String, String> form = clientCredentials(null);
        form.put("client_id", "officer-app");

        assertThat(new Http().postForm(identity.url("/oauth2/token"), form).statusCode()).isIn(400, 401);
    }
}
