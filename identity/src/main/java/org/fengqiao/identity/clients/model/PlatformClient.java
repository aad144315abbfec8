package org.fengqiao.identity.clients.model;

import java.util.List;
import java.util.Objects;

/**
 * A client the provider issues tokens to: an app people sign in through, or an outside system that
 * signs in as itself. The set is closed and lives in {@link PlatformClients}; a deployment changes
 * only where an app's codes may be sent and the systems' secrets.
 */
public sealed interface PlatformClient permits PlatformClient.App, PlatformClient.OutsideSystem {

    String id();

    List<String> scopes();

    /**
     * A public app (a browser or a phone holds no secret): authorization code with PKCE, no consent
     * screen, scopes {@code openid profile}.
     *
     * @param admits              who may sign in through it
     * @param defaultRedirectUris where its codes go on one machine, unless configured
     */
    record App(String id, AdmittedPeople admits, List<String> defaultRedirectUris) implements PlatformClient {

        public static final List<String> SCOPES = List.of("openid", "profile");

        public App {
            Objects.requireNonNull(id);
            Objects.requireNonNull(admits);
            defaultRedirectUris = List.copyOf(defaultRedirectUris);
        }

        @Override
        public List<String> scopes() {
            return SCOPES;
        }
    }

    /**
     * An outside system: client credentials with a secret, no person; it may do only what its
     * scopes name.
     */
    record OutsideSystem(String id, List<String> scopes) implements PlatformClient {

        public OutsideSystem {
            Objects.requireNonNull(id);
            scopes = List.copyOf(scopes);
        }
    }
}
