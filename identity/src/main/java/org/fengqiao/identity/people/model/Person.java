package org.fengqiao.identity.people.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fengqiao.events.access.PersonKind;
import org.fengqiao.events.access.Role;

/**
 * Someone who may sign in. The id is the one the services already know the person by (a community
 * officer's {@code CO-02}, a patrol member's {@code PT-01-M01}, a resident's {@code citizenRef}) and
 * becomes the token's subject, so a service can tell the acting person from the token alone.
 *
 * @param gridCells  the grid cells the person works in (community officers, information
 *                   investigators, units); empty for everybody else
 * @param team       the patrol team of a patrol leader or member, else {@code null}
 * @param department the government department of a department liaison, else {@code null}
 */
public record Person(String id, String name, PersonKind kind, List<Role> roles, List<String> gridCells, String team,
                     String department) {

    public Person {
        requireText(id, "id");
        requireText(name, "name of " + id);
        Objects.requireNonNull(kind, () -> "kind of " + id);
        if (kind == PersonKind.SYSTEM) {
            throw new IllegalArgumentException(id + " is a person, not a SYSTEM");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException(id + " has no role");
        }
        roles = List.copyOf(roles);
        gridCells = gridCells == null ? List.of() : List.copyOf(gridCells);
    }

    public boolean isResident() {
        return kind == PersonKind.RESIDENT;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<String> patrolTeam() {
        return Optional.ofNullable(team);
    }

    public Optional<String> governmentDepartment() {
        return Optional.ofNullable(department);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a person has no " + what);
        }
    }
}
