package org.fengqiao.notification.rules.model;

import java.util.Objects;

/**
 * Who a rule notifies. Either a fixed {@code id} or a {@code field} of the event's payload that
 * holds the id (or a list of ids); for {@link Kind#GRID_CELL_ROLE} the field holds a grid cell id.
 *
 * @param kind  what the id names
 * @param id    a fixed recipient, roster or role
 * @param field a path into the payload, dots for nested fields (e.g. {@code dispute.gridCellId})
 * @param role  for GRID_CELL_ROLE: the role in the cell (COMMUNITY_OFFICER)
 */
public record RecipientSpec(Kind kind, String id, String field, String role) {

    public enum Kind {
        /** A person or a desk, by id. */
        PERSON,
        /** A patrol team (its chat-group robot, its leader's inbox). */
        TEAM,
        /** A government department's desk. */
        DEPARTMENT,
        /** The holder of a role in the grid cell the field names; today COMMUNITY_OFFICER. */
        GRID_CELL_ROLE,
        /** Whoever is first on the named duty roster; an unacknowledged alert moves down it. */
        DUTY_ROSTER
    }

    public RecipientSpec {
        Objects.requireNonNull(kind, "kind");
        if ((id == null) == (field == null)) {
            throw new IllegalArgumentException("a recipient names either an id or a field, not both or neither");
        }
        if (kind == Kind.GRID_CELL_ROLE && (field == null || !"COMMUNITY_OFFICER".equals(role))) {
            throw new IllegalArgumentException("GRID_CELL_ROLE needs a field holding the grid cell and role COMMUNITY_OFFICER");
        }
        if (kind == Kind.DUTY_ROSTER && id == null) {
            throw new IllegalArgumentException("DUTY_ROSTER names its roster by id");
        }
    }
}
