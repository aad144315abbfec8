package org.fengqiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NINE = Instant.parse("2026-06-18T09:00:00Z");

    /** The checking decoder: counts what it is asked, refuses "forged", and refuses anything expired at its clock. */
    private final List<String> checked = new ArrayList<>();
    private Instant now = NINE;
    private final JwtDecoder checking = token -> {
        checked.add(token);
        if (token.equals("forged")) {
            throw new BadJwtException("signature does not match");
        }
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("CO-02").issuedAt(NINE).expiresAt(NINE.plusSeconds(900)).build();
        if (!jwt.getExpiresAt().plusSeconds(30).isAfter(now)) {
            throw new BadJwtException("expired");
        }
        return jwt;
    };

    private VerifiedTokens tokens() {
        return new VerifiedTokens(checking, Duration.ofSeconds(30), new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    @Test
    void a_token_is_checked_once_and_then_recognised_by_its_text_until_it_expires() {
        VerifiedTokens tokens = tokens();

        assertThat(tokens.decode("token-a").getSubject()).isEqualTo("CO-02");
        now = NINE.plusSeconds(600);
        assertThat(tokens.decode("token-a").getSubject()).isEqualTo("CO-02");
        tokens.decode("token-b");
        assertThat(checked).containsExactly("token-a", "token-b");

        now = NINE.plusSeconds(900 + 31);
        assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(BadJwtException.class).hasMessage("expired");
        assertThat(checked).as("an expired token is checked again, and refused").containsExactly("token-a", "token-b", "token-a");
    }

    @Test
    void a_token_that_fails_its_checks_is_never_remembered() {
        VerifiedTokens tokens = tokens();

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(checked).containsExactly("forged", "forged");
    }

    @Test
    void only_the_most_recently_used_tokens_are_kept() {
        VerifiedTokens tokens = tokens();
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.decode("token-" + i);
        }
        tokens.decode("token-" + VerifiedTokens.CAPACITY);
        tokens.decode("token-0");

        assertThat(checked).hasSize(VerifiedTokens.CAPACITY + 2).endsWith("token-0");
    }
}
