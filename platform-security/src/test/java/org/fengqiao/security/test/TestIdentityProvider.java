package org.fengqiao.security.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.fengqiao.events.access.TokenClaims;

/**
 * A stand-in for the identity provider in a service's integration tests: it publishes its public
 * key at a real HTTP JWKS endpoint (so the service checks tokens exactly as in production) and
 * signs tokens for made-up people. One per test JVM, like the embedded broker. The system tests
 * use the real identity provider instead.
 */
public final class TestIdentityProvider {

    private static TestIdentityProvider shared;

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    private TestIdentityProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static synchronized TestIdentityProvider shared() {
        if (shared == null) {
            shared = new TestIdentityProvider();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0)));
        }
        return shared;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    /** The Spring properties that make a service trust this provider. */
    public Map<String, String> properties() {
        return Map.of("platform.security.issuer-uri", issuer, "platform.security.jwk-set-uri", jwkSetUri());
    }

    /** Signs the claims with this provider's key (or with {@code signingKey} to forge one). */
    public String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    RSAKey key() {
        return key;
    }

    /** The usual claims of a platform token, valid for the next ten minutes. */
    JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(List.of(TokenClaims.PLATFORM_AUDIENCE, "test-client"))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .jwtID(UUID.randomUUID().toString())
                .claim(TokenClaims.CLIENT_ID, "test-client");
    }
}
