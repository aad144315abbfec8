package org.fengqiao.security.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import org.fengqiao.events.access.PersonKind;
import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.TokenClaims;

/**
 * Access tokens for made-up people in integration tests, signed by the {@link TestIdentityProvider}:
 * {@code TestTokens.person("CO-02", Role.COMMUNITY_OFFICER).gridCells("GC-103").token()}.
 * The hostile variants ({@link #expired()}, {@link #fromIssuer(String)}, {@link #signedWithAnotherKey()})
 * make tokens a service must refuse.
 */
public final class TestTokens {

    private final String subject;
    private PersonKind kind;
    private final List<String> roles = new ArrayList<>();
    private final List<String> gridCells = new ArrayList<>();
    private final List<String> scopes = new ArrayList<>();
    private String team;
    private String department;
    private String issuer;
    private List<String> audience;
    private Instant expiresAt;
    private boolean anotherKey;
    private String clientId;
    private String authorizedParty;

    private TestTokens(String subject) {
        this.subject = subject;
    }

    /** A person with roles; the kind follows from the first role unless set. */
    public static TestTokens person(String id, Role... roles) {
        TestTokens tokens = new TestTokens(id);
        Arrays.stream(roles).forEach(role -> tokens.roles.add(role.name()));
        tokens.kind = roles.length == 0 ? PersonKind.STAFF : kindOf(roles[0]);
        return tokens;
    }

    /** An outside system (client credentials) with scopes and no person. */
    public static TestTokens system(String clientId, String... scopes) {
        TestTokens tokens = new TestTokens(clientId);
        tokens.kind = PersonKind.SYSTEM;
        tokens.scopes.addAll(List.of(scopes));
        return tokens;
    }

    /** A resident of the residents' app; the id is the citizenRef. */
    public static String resident(String citizenRef) {
        return person(citizenRef, Role.RESIDENT).token();
    }

    public static String operator() {
        return person("OP-01", Role.OPERATOR).token();
    }

    /** A signed-in person with no role at all: every operation but the public ones refuses them. */
    public static String nobody() {
        return person("NOBODY-1").token();
    }

    public TestTokens kind(PersonKind value) {
        kind = value;
        return this;
    }

    public TestTokens gridCells(String... ids) {
        gridCells.addAll(List.of(ids));
        return this;
    }

    public TestTokens team(String id) {
        team = id;
        return this;
    }

    public TestTokens department(String id) {
        department = id;
        return this;
    }

    /** The client the token was issued to ({@code client_id}; {@code test-client} unless set). */
    public TestTokens clientId(String id) {
        clientId = id;
        return this;
    }

    /** Only an {@code azp} claim names the client, as some providers do (no {@code client_id}). */
    public TestTokens azp(String id) {
        authorizedParty = id;
        return this;
    }

    public TestTokens expired() {
        expiresAt = Instant.now().minus(Duration.ofMinutes(5));
        return this;
    }

    public TestTokens fromIssuer(String other) {
        issuer = other;
        return this;
    }

    public TestTokens audience(String... values) {
        audience = List.of(values);
        return this;
    }

    public TestTokens signedWithAnotherKey() {
        anotherKey = true;
        return this;
    }

    public String token() {
        TestIdentityProvider provider = TestIdentityProvider.shared();
        JWTClaimsSet.Builder claims = provider.claims(subject);
        claims.claim(TokenClaims.KIND, kind.name()).claim(TokenClaims.ROLES, roles).claim(TokenClaims.SCOPE, scopes);
        if (!gridCells.isEmpty()) {
            claims.claim(TokenClaims.GRID_CELLS, gridCells);
        }
        if (team != null) {
            claims.claim(TokenClaims.TEAM, team);
        }
        if (department != null) {
            claims.claim(TokenClaims.DEPARTMENT, department);
        }
        if (issuer != null) {
            claims.issuer(issuer);
        }
        if (clientId != null) {
            claims.claim(TokenClaims.CLIENT_ID, clientId);
        }
        if (authorizedParty != null) {
            claims.claim(TokenClaims.CLIENT_ID, null).claim("azp", authorizedParty);
        }
        if (audience != null) {
            claims.audience(audience);
        }
        if (expiresAt != null) {
            claims.issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(10)))).notBeforeTime(Date.from(expiresAt.minus(Duration.ofMinutes(10))))
                    .expirationTime(Date.from(expiresAt));
        }
        return provider.sign(claims.build(), anotherKey ? foreignKey(provider) : provider.key());
    }

    /** A key with the provider's key id that the provider never published: a forgery. */
    private static RSAKey foreignKey(TestIdentityProvider provider) {
        try {
            return new RSAKeyGenerator(2048).keyID(provider.key().getKeyID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PersonKind kindOf(Role role) {
        return switch (role) {
            case COMMUNITY_OFFICER, POLICE_OFFICER -> PersonKind.POLICE;
            case INFORMATION_INVESTIGATOR -> PersonKind.INFORMATION_INVESTIGATOR;
            case MEDIATOR -> PersonKind.MEDIATOR;
            case UNIT_MEDIATOR -> PersonKind.UNIT;
            case DEPARTMENT_LIAISON -> PersonKind.DEPARTMENT_LIAISON;
            case PATROL_LEADER, PATROL_MEMBER -> PersonKind.PATROL_VOLUNTEER;
            case REGISTRATION_DESK, ANTI_FRAUD_DESK, OPERATOR -> PersonKind.STAFF;
            case RESIDENT -> PersonKind.RESIDENT;
        };
    }
}
