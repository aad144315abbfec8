package org.fengqiao.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class ExpiringAuthorizationsTest {

    private static final RegisteredClient HOTLINE = RegisteredClient.withId("city-hotline").clientId("city-hotline")
            .clientSecret("{noop}secret").clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).scope("disputes.read").build();

    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final ExpiringAuthorizations authorizations = new ExpiringAuthorizations(clock);

    private OAuth2Authorization issued(String id, String token, Duration ttl) {
        Instant now = clock.instant();
        return OAuth2Authorization.withRegisteredClient(HOTLINE).id(id).principalName("city-hotline")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, now, now.plus(ttl)))
                .build();
    }

    @Test
    void an_authorization_is_found_by_its_token_while_the_token_is_valid() {
        authorizations.save(issued("a-1", "token-1", Duration.ofMinutes(30)));

        assertThat(authorizations.findByToken("token-1", OAuth2TokenType.ACCESS_TOKEN)).isNotNull();
        assertThat(authorizations.findById("a-1")).isNotNull();
    }

    @Test
    void an_authorization_whose_tokens_all_expired_is_forgotten_at_a_later_save() {
        authorizations.save(issued("a-1", "token-1", Duration.ofMinutes(30)));
        clock.move(Duration.ofMinutes(31));

        authorizations.save(issued("a-2", "token-2", Duration.ofMinutes(30)));

        assertThat(authorizations.findById("a-1")).isNull();
        assertThat(authorizations.findByToken("token-1", OAuth2TokenType.ACCESS_TOKEN)).isNull();
        assertThat(authorizations.findById("a-2")).isNotNull();
        assertThat(authorizations.size()).isEqualTo(1);
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
