package org.fengqiao.identity.clients.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fengqiao.identity.clients.model.AdmittedPeople;
import org.fengqiao.identity.clients.model.PlatformClient;
import org.fengqiao.identity.clients.model.PlatformClient.App;
import org.fengqiao.identity.clients.model.PlatformClient.OutsideSystem;
import org.fengqiao.identity.clients.model.PlatformClients;
import org.fengqiao.identity.config.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Turns the platform's clients and the deployment's settings into the authorization server's
 * registrations. Apps are public clients that must use PKCE and are never asked for consent (they
 * are the platform's own). An outside system is registered only when the deployment gives it a
 * secret, stored hashed; under the {@code local} profile a system without one gets the well-known
 * {@code local-<client-id>-secret}, so the one-machine stack works without setup.
 */
public final class ClientRegistrations {

    /** The client setting that says who may sign in through an app ({@link AdmittedPeople}). */
    public static final String ADMITTED_PEOPLE = "settings.client.fengqiao.admitted-people";

    private static final Logger log = LoggerFactory.getLogger(ClientRegistrations.class);

    private final IdentityProperties properties;
    private final PasswordEncoder encoder;
    private final boolean local;

    public ClientRegistrations(IdentityProperties properties, PasswordEncoder encoder, boolean local) {
        this.properties = properties;
        this.encoder = encoder;
        this.local = local;
    }

    public List<RegisteredClient> registrations() {
        List<RegisteredClient> registered = new ArrayList<>();
        for (PlatformClient client : PlatformClients.ALL) {
            if (client instanceof App app) {
                registered.add(app(app));
            } else if (client instanceof OutsideSystem system) {
                system(system).ifPresent(registered::add);
            }
        }
        return registered;
    }

    private RegisteredClient app(App app) {
        List<String> configured = properties.client(app.id()).redirectUris();
        List<String> redirectUris = configured.isEmpty() ? app.defaultRedirectUris() : configured;
        return RegisteredClient.withId(app.id())
                .clientId(app.id())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(redirectUris))
                .scopes(scopes -> scopes.addAll(app.scopes()))
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .setting(ADMITTED_PEOPLE, app.admits())
                        .build())
                .tokenSettings(tokens())
                .build();
    }

    private Optional<RegisteredClient> system(OutsideSystem system) {
        Optional<String> secret = properties.client(system.id()).configuredSecret();
        if (secret.isEmpty() && local) {
            secret = Optional.of("local-" + system.id() + "-secret");
            log.warn("Outside system {} uses the local profile's well-known secret", system.id());
        }
        if (secret.isEmpty()) {
            log.info("Outside system {} is not registered: no secret configured (identity.clients.{}.secret)",
                    system.id(), system.id());
            return Optional.empty();
        }
        return Optional.of(RegisteredClient.withId(system.id())
                .clientId(system.id())
                .clientSecret(encoder.encode(secret.get()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(system.scopes()))
                .tokenSettings(tokens())
                .build());
    }

    private TokenSettings tokens() {
        Duration ttl = properties.tokens().accessTokenTtl();
        return TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(ttl)
                .build();
    }
}
