package org.fengqiao.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fengqiao.events.access.PersonKind;
import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.TokenClaims;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is asking, as the access token says: the acting person of every step is this, never a body
 * field or a header.
 *
 * @param id         the person's id ({@code CO-02}, a resident's {@code citizenRef}), or an outside
 *                   system's client id
 * @param kind       the kind of person, {@link PersonKind#SYSTEM} for an outside system; null when
 *                   a foreign provider does not say
 * @param roles      the person's roles (unknown names in the token are ignored)
 * @param gridCells  the grid cells the person works in
 * @param team       the patrol team of a patrol volunteer, else null
 * @param department the department of a liaison, else null
 * @param clientId   the client app or system the token was issued to
 * @param scopes     the scopes granted to the client
 */
public record Caller(String id, PersonKind kind, Set<Role> roles, Set<String> gridCells, String team, String department,
                     String clientId, Set<String> scopes) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        gridCells = Set.copyOf(gridCells);
        scopes = Set.copyOf(scopes);
    }

    /** Reads the caller from a verified token. */
    public static Caller of(Jwt token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(token.getClaim(TokenClaims.ROLES))) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                // a foreign provider may issue roles of its own; the platform ignores them
            }
        }
        PersonKind kind = null;
        String kindClaim = token.getClaimAsString(TokenClaims.KIND);
        if (kindClaim != null) {
            try {
                kind = PersonKind.valueOf(kindClaim);
            } catch (IllegalArgumentException unknown) {
                kind = null;
            }
        }
        String clientId = token.getClaimAsString(TokenClaims.CLIENT_ID);
        if (clientId == null) {
            clientId = token.getClaimAsString("azp");
        }
        return new Caller(token.getSubject(), kind, roles, new LinkedHashSet<>(strings(token.getClaim(TokenClaims.GRID_CELLS))),
                token.getClaimAsString(TokenClaims.TEAM), token.getClaimAsString(TokenClaims.DEPARTMENT), clientId,
                new LinkedHashSet<>(strings(token.getClaim(TokenClaims.SCOPE))));
    }

    /** A claim that is a list, one string, or a space-separated string (the {@code scope} claim's two forms). */
    static List<String> strings(Object claim) {
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(v -> v != null).map(Object::toString).toList();
        }
        String text = claim.toString().trim();
        return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** An outside system acting with its scopes, no person behind it. */
    public boolean isSystem() {
        return kind == PersonKind.SYSTEM;
    }

    /**
     * The person who acts is the signed-in one: a request that names a person ({@code by},
     * {@code actor}, {@code memberId}, ...) may only repeat who that is.
     *
     * @return this caller's id
     * @throws NotPermittedException naming {@code field} when {@code named} is someone else
     */
    public String actingAs(String named, String field) {
        if (named != null && !named.equals(id)) {
            throw new NotPermittedException(field, "you are signed in as " + id + " and cannot act as " + named);
        }
        return id;
    }

    public boolean worksIn(String gridCellId) {
        return gridCellId != null && gridCells.contains(gridCellId);
    }

    @Override
    public String toString() {
        return id + roles;
    }
}
