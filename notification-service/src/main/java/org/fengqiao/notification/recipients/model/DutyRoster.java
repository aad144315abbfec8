package org.fengqiao.notification.recipients.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is on duty, in order: an alert goes to the first; while nobody acknowledges it, it moves
 * down the roster, one more person each time it escalates.
 */
public record DutyRoster(String id, String name, List<String> members) {

    public DutyRoster {
        Objects.requireNonNull(id, "id");
        members = members == null ? List.of() : List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("duty roster " + id + " has nobody on it");
        }
    }

    /** The member at this escalation step (0 = first on duty), if the roster is that long. */
    public Optional<String> at(int step) {
        return step < members.size() ? Optional.of(members.get(step)) : Optional.empty();
    }
}
