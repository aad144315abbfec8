package org.fengqiao.identity.dev;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.fengqiao.identity.people.model.Person;
import org.fengqiao.identity.tokens.ContractClaims;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * Mints an access token for a made-up person without a browser sign-in, for scripts and tests on one
 * machine. The token is the one the sign-in flow would give: the same signing key (the same
 * {@link JwtEncoder}), the same claims ({@link ContractClaims}), the client's scopes and lifetime,
 * and the same standard claims ({@code iss}, {@code iat}, {@code nbf}, {@code exp}, {@code jti}).
 */
public final class DevTokens {

    private final JwtEncoder encoder;
    private final ContractClaims claims;
    private final String issuer;
    private final Clock clock;

    public DevTokens(JwtEncoder encoder, ContractClaims claims, String issuer, Clock clock) {
        this.encoder = encoder;
        this.claims = claims;
        this.issuer = issuer;
        this.clock = clock;
    }

    public DevToken mint(Person person, RegisteredClient client) {
        Instant now = clock.instant();
        Duration ttl = client.getTokenSettings().getAccessTokenTimeToLive();
        JwtClaimsSet claimSet = JwtClaimsSet.builder()
                .issuer(issuer)
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(ttl))
                .id(UUID.randomUUID().toString())
                .claims(existing -> existing.putAll(claims.accessToken(person, client.getClientId(), client.getScopes())))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claimSet)).getTokenValue();
        return new DevToken(token, "Bearer", ttl.toSeconds());
    }
}
