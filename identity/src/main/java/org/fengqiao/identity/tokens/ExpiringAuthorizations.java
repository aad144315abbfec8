package org.fengqiao.identity.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorizations the server keeps while a sign-in is under way and after it (authorization
 * codes, the tokens issued, the OpenID Connect session), in memory only. A restart forgets them:
 * a code not yet exchanged must be fetched again, but the access tokens already issued stay valid,
 * because they are self-contained JWTs that the services check against the published keys, not
 * against this store.
 *
 * <p>The plain in-memory store keeps every authorization for ever; this one forgets an
 * authorization once everything it issued has expired, so memory is bounded by the tokens issued
 * within one token lifetime, however long the process runs.
 */
public final class ExpiringAuthorizations implements OAuth2AuthorizationService {

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final InMemoryOAuth2AuthorizationService authorizations = new InMemoryOAuth2AuthorizationService();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile Instant nextSweep;

    public ExpiringAuthorizations(Clock clock) {
        this.clock = clock;
        this.nextSweep = clock.instant().plus(SWEEP_EVERY);
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        authorizations.save(authorization);
        lastExpiry(authorization).ifPresent(expiry -> expiries.put(authorization.getId(), expiry));
        forgetExpired();
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        authorizations.remove(authorization);
        expiries.remove(authorization.getId());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return authorizations.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return authorizations.findByToken(token, tokenType);
    }

    /** How many authorizations are kept, for tests. */
    int size() {
        return expiries.size();
    }

    private static Optional<Instant> lastExpiry(OAuth2Authorization authorization) {
        return Stream.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class, OAuth2RefreshToken.class, OidcIdToken.class)
                .map(type -> authorization.getToken(type))
                .filter(Objects::nonNull)
                .map(OAuth2Authorization.Token::getToken)
                .map(OAuth2Token::getExpiresAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo);
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        expiries.forEach((id, expiry) -> {
            if (expiry.isBefore(now)) {
                OAuth2Authorization expired = authorizations.findById(id);
                if (expired != null) {
                    authorizations.remove(expired);
                }
                expiries.remove(id, expiry);
            }
        });
    }
}
