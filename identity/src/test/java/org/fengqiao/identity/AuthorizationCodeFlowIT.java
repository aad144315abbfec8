package org.fengqiao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.fengqiao.events.access.TokenClaims;
import org.fengqiao.identity.support.Http;
import org.fengqiao.identity.support.RunningIdentity;
import org.fengqiao.identity.support.SignInFlow;
import org.fengqiao.identity.support.VerifiedTokens;
import org.junit.jupiter.api.Test;

/** A community officer signs in through the officer app, end to end over real HTTP, and the app gets the contract's token. */
class AuthorizationCodeFlowIT {

    static final RunningIdentity identity = RunningIdentity.shared();

    @Test
    void a_community_officer_signs_in_with_pkce_and_the_app_gets_a_verified_token_of_the_contract() throws Exception {
        Map<String, Object> tokens = SignInFlow.through(identity, "officer-app").tokensFor("CO-02", RunningIdentity.PASSWORD);

        assertThat(tokens).containsEntry("token_type", "Bearer").containsKeys("access_token", "id_token");
        JWTClaimsSet access = VerifiedTokens.verify(identity, (String) tokens.get("access_token"));
        assertThat(access.getIssuer()).isEqualTo(RunningIdentity.ISSUER);
        assertThat(access.getSubject()).isEqualTo("CO-02");
        assertThat(access.getAudience()).contains(TokenClaims.PLATFORM_AUDIENCE, "officer-app");
        assertThat(access.getStringClaim(TokenClaims.KIND)).isEqualTo("POLICE");
        assertThat(access.getStringListClaim(TokenClaims.ROLES)).containsExactly("COMMUNITY_OFFICER");
        assertThat(access.getStringListClaim(TokenClaims.GRID_CELLS)).containsExactly("GC-103", "GC-104");
        assertThat(access.getStringClaim(TokenClaims.NAME)).isEqualTo("Officer Mo Chen");
        assertThat(access.getStringClaim(TokenClaims.CLIENT_ID)).isEqualTo("officer-app");
        assertThat(access.getStringListClaim(TokenClaims.SCOPE)).containsExactly("openid", "profile");
        assertThat(access.getClaims()).doesNotContainKeys(TokenClaims.TEAM, TokenClaims.DEPARTMENT);
        assertThat(access.getExpirationTime().getTime() - access.getIssueTime().getTime()).isEqualTo(30 * 60 * 1000L);
    }

    @Test
    void the_id_token_tells_the_app_who_signed_in() throws Exception {
        Map<String, Object> tokens = SignInFlow.through(identity, "officer-app").tokensFor("PT-01-M01", RunningIdentity.PASSWORD);

        JWTClaimsSet id = VerifiedTokens.verify(identity, (String) tokens.get("id_token"));
        assertThat(id.getSubject()).isEqualTo("PT-01-M01");
        assertThat(id.getAudience()).containsExactly("officer-app");
        assertThat(id.getStringClaim("name")).isEqualTo("Ke Danxin");
        assertThat(id.getStringClaim("kind")).isEqualTo("PATROL_VOLUNTEER");
        assertThat(id.getStringListClaim("roles")).containsExactly("PATROL_LEADER");
        JWTClaimsSet access = VerifiedTokens.verify(identity, (String) tokens.get("access_token"));
        assertThat(access.getStringClaim(TokenClaims.TEAM)).isEqualTo("PT-01");
        assertThat(access.getClaims()).doesNotContainKey(TokenClaims.GRID_CELLS);
    }

    @Test
    void the_userinfo_endpoint_answers_the_access_token_with_the_person() {
        Map<String, Object> tokens = SignInFlow.through(identity, "officer-app").tokensFor("DEPT-HOUSING-LIAISON", RunningIdentity.PASSWORD);

        HttpResponse<String> userInfo = new Http().get(identity.url("/userinfo"), "Authorization", "Bearer " + tokens.get("access_token"));

        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(Http.json(userInfo.body())).containsEntry("sub", "DEPT-HOUSING-LIAISON").containsEntry("name", "Ye Jingrou")
                .containsEntry("kind", "DEPARTMENT_LIAISON");
    }

    @Test
    void discovery_names_the_configured_issuer_and_its_endpoints() {
        HttpResponse<String> discovery = new Http().get(identity.url("/.well-known/openid-configuration"));

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(Http.json(discovery.body()))
                .containsEntry("issuer", RunningIdentity.ISSUER)
                .containsEntry("jwks_uri", RunningIdentity.ISSUER + "/oauth2/jwks")
                .containsEntry("userinfo_endpoint", RunningIdentity.ISSUER + "/userinfo");
    }
}
