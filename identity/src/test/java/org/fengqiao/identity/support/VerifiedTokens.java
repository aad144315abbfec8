package org.fengqiao.identity.support;

import java.text.ParseException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Checks a token the way a service does: the signature against the keys the provider publishes at
 * {@code /oauth2/jwks} (RS256 only), then the time claims.
 */
public final class VerifiedTokens {

    private VerifiedTokens() {
    }

    public static JWKSet publishedKeys(RunningIdentity identity) {
        try {
            return JWKSet.parse(new Http().get(identity.url("/oauth2/jwks")).body());
        } catch (ParseException e) {
            throw new AssertionError("the JWKS is not a JWK set", e);
        }
    }

    public static JWTClaimsSet verify(RunningIdentity identity, String token) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(publishedKeys(identity))));
        try {
            return processor.process(token, null);
        } catch (ParseException | BadJOSEException | com.nimbusds.jose.JOSEException e) {
            throw new AssertionError("the token does not verify against the published keys", e);
        }
    }

    public static String keyId(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
