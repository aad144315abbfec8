package org.fengqiao.identity.tokens;

import static org.fengqiao.events.access.TokenClaims.CLIENT_ID;
import static org.fengqiao.events.access.TokenClaims.DEPARTMENT;
import static org.fengqiao.events.access.TokenClaims.GRID_CELLS;
import static org.fengqiao.events.access.TokenClaims.KIND;
import static org.fengqiao.events.access.TokenClaims.NAME;
import static org.fengqiao.events.access.TokenClaims.ROLES;
import static org.fengqiao.events.access.TokenClaims.SCOPE;
import static org.fengqiao.events.access.TokenClaims.SUBJECT;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.events.access.PersonKind;
import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.TokenClaims;
import org.fengqiao.identity.people.model.Person;

/**
 * The one place where a person, or an outside system, becomes the claims of the token contract
 * ({@link TokenClaims}). The sign-in flows and the local profile's development tokens both take
 * their claims from here, so a token means the same whichever way it was obtained.
 *
 * <p>Every access token names its subject, client and scopes and carries two audiences: the client
 * it was issued to and the platform's audience that the gateway and the services require. A person's
 * token adds their kind, roles and name, and the grid cells, patrol team or department when they
 * have one (absent claims are left out, never empty strings). A system's token has kind
 * {@code SYSTEM}, no roles and no person claims: it acts only within its scopes.
 */
public final class ContractClaims {

    /** The JWT's audience claim (a list here, as the services read it). */
    public static final String AUDIENCE = "aud";

    private final String platformAudience;

    public ContractClaims(String platformAudience) {
        this.platformAudience = platformAudience;
    }

    /** An access token's claims for a person signed in through a client. */
    public Map<String, Object> accessToken(Person person, String clientId, Collection<String> scopes) {
        Map<String, Object> claims = issuedTo(person.id(), clientId, scopes);
        claims.put(KIND, person.kind().name());
        claims.put(ROLES, names(person.roles()));
        if (!person.gridCells().isEmpty()) {
            claims.put(GRID_CELLS, person.gridCells());
        }
        person.patrolTeam().ifPresent(team -> claims.put(TokenClaims.TEAM, team));
        person.governmentDepartment().ifPresent(department -> claims.put(DEPARTMENT, department));
        claims.put(NAME, person.name());
        return claims;
    }

    /** An access token's claims for an outside system signed in as itself (client credentials). */
    public Map<String, Object> systemAccessToken(String clientId, Collection<String> scopes) {
        Map<String, Object> claims = issuedTo(clientId, clientId, scopes);
        claims.put(KIND, PersonKind.SYSTEM.name());
        claims.put(ROLES, List.of());
        return claims;
    }

    /** What an app learns about the person from the ID token: who they are, not what they may reach. */
    public Map<String, Object> idToken(Person person) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(NAME, person.name());
        claims.put(KIND, person.kind().name());
        claims.put(ROLES, names(person.roles()));
        return claims;
    }

    /** The userinfo endpoint's answer: the ID token's claims and the subject. */
    public Map<String, Object> userInfo(Person person) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(SUBJECT, person.id());
        claims.putAll(idToken(person));
        return claims;
    }

    private Map<String, Object> issuedTo(String subject, String clientId, Collection<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(SUBJECT, subject);
        claims.put(AUDIENCE, clientId.equals(platformAudience) ? List.of(clientId) : List.of(clientId, platformAudience));
        claims.put(CLIENT_ID, clientId);
        claims.put(SCOPE, scopes.stream().sorted().toList());
        return claims;
    }

    private static List<String> names(List<Role> roles) {
        return roles.stream().map(Role::name).toList();
    }
}
