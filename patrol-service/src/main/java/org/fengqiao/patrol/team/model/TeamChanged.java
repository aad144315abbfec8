package org.fengqiao.patrol.team.model;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.patrol.PatrolTeamType;
import org.fengqiao.kit.domain.DomainEvent;

/**
 * What happened to a patrol team, as {@link PatrolTeam} registers it. The service's contract
 * ({@code PatrolContract}) publishes each as the {@code patrol.events} record of the same name.
 */
public sealed interface TeamChanged extends DomainEvent {

    String teamId();

    record PatrolTeamRegistered(String teamId, String name, PatrolTeamType type, List<String> gridBlockIds, int memberCount,
                                Instant occurredAt) implements TeamChanged {
    }
}
