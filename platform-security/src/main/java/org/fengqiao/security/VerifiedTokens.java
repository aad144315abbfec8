package org.fengqiao.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens it has already checked, by their exact text, until they expire: a client
 * sends the same bearer token with every request, and checking its RS256 signature and parsing it
 * again each time was the largest single cost of a report's POST in the capacity benchmark's
 * profile. A remembered token is handed out only while it has not expired (with the allowed clock
 * skew), and a token that fails its checks is never remembered, so what passes is exactly what the
 * checking decoder lets pass. A token signed by a key the provider has since withdrawn is still
 * accepted until it expires, as it was during the provider's key-set cache anyway.
 *
 * <p>At most {@value #CAPACITY} tokens are kept, the least recently used going first.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int CAPACITY = 2_000;

    private final JwtDecoder checking;
    private final Duration clockSkew;
    private final Clock clock;
    private final Map<String, Jwt> remembered = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
            return size() > CAPACITY;
        }
    };

    VerifiedTokens(JwtDecoder checking, Duration clockSkew, Clock clock) {
        this.checking = checking;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known;
        synchronized (remembered) {
            known = remembered.get(token);
        }
        if (known != null && stillValid(known, now)) {
            return known;
        }
        Jwt checked = checking.decode(token);
        if (checked.getExpiresAt() != null) {
            synchronized (remembered) {
                remembered.put(token, checked);
            }
        }
        return checked;
    }

    private boolean stillValid(Jwt jwt, Instant now) {
        Instant notBefore = jwt.getNotBefore();
        return jwt.getExpiresAt().plus(clockSkew).isAfter(now) && (notBefore == null || !notBefore.minus(clockSkew).isAfter(now));
    }
}
