package org.fengqiao.patrol.directory.model;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A team's members (with their role) and its planned patrol schedule, e.g. every evening from
 * 19:00 to 21:00 station time.
 */
public record TeamRoster(String teamId, List<Member> members, Schedule schedule) {

    public enum Role {
        LEADER, MEMBER
    }

    public record Member(String id, String name, Role role) {
    }

    /** Every day from {@code start} to {@code end} in {@code zone}. */
    public record Schedule(LocalTime start, LocalTime end, ZoneId zone) {
    }

    public TeamRoster {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public Optional<Member> member(String memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
    }
}
