package org.fengqiao.identity.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.events.access.TokenClaims;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a deployer may change (see {@code application.yml}, where each property has its environment
 * variable, and the README's configuration table). Secrets come only from the environment.
 *
 * @param issuer  the {@code iss} of every token, exactly as the gateway and the services expect it;
 *                also the base of the discovery document's endpoints
 * @param dataDir where the signing keys are kept ({@code keys/<kid>.json}); must survive restarts
 * @param people  how the made-up people sign in
 * @param clients per client id: the redirect URIs of an app, the secret of an outside system
 * @param tokens  access token lifetime and audience
 * @param keys    signing key rotation
 * @param cors    browser origins that may call the token, JWKS, discovery and userinfo endpoints
 *                (a single-page app or the gateway's Swagger UI exchanging its code for a token)
 */
@ConfigurationProperties("identity")
public record IdentityProperties(@DefaultValue("http://localhost:9000") String issuer,
                                 @DefaultValue(".identity") String dataDir,
                                 @DefaultValue People people,
                                 Map<String, Client> clients,
                                 @DefaultValue Tokens tokens,
                                 @DefaultValue Keys keys,
                                 @DefaultValue Cors cors) {

    public IdentityProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /** @param allowedOrigins e.g. {@code http://localhost:8080}; none: no cross-origin browser calls */
    public record Cors(List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of()
                    : allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        }
    }

    /** The settings of one client, or an empty one when nothing is configured for it. */
    public Client client(String clientId) {
        return clients.getOrDefault(clientId, new Client(List.of(), null));
    }

    /**
     * @param password the one sign-in password of the made-up people; unset, password sign-in
     *                 refuses everybody
     */
    public record People(String password) {

        public Optional<String> configuredPassword() {
            return Optional.ofNullable(password).filter(value -> !value.isBlank());
        }
    }

    /**
     * @param redirectUris where an app may receive its authorization code (comma-separated in the
     *                     environment); none configured means the app's defaults for one machine
     * @param secret       an outside system's client secret; unset, the system is not registered
     */
    public record Client(List<String> redirectUris, String secret) {

        public Client {
            redirectUris = redirectUris == null ? List.of()
                    : redirectUris.stream().map(String::trim).filter(uri -> !uri.isEmpty()).toList();
        }

        public Optional<String> configuredSecret() {
            return Optional.ofNullable(secret).filter(value -> !value.isBlank());
        }
    }

    /**
     * @param accessTokenTtl how long an access token is valid; also how long a retired signing key
     *                       must stay published
     * @param audience       the audience every access token carries besides the client id
     */
    public record Tokens(@DefaultValue("PT30M") Duration accessTokenTtl,
                         @DefaultValue(TokenClaims.PLATFORM_AUDIENCE) String audience) {
    }

    /** @param rotate add a new signing key at this start; it signs from then on */
    public record Keys(@DefaultValue("false") boolean rotate) {
    }
}
