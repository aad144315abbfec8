package org.fengqiao.patrol.team.persistence;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.patrol.PatrolTeamType;
import org.fengqiao.kit.outbox.OutboxDocument;
import org.fengqiao.patrol.team.model.PatrolTeam;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A patrol team as stored: its state plus the events its last change raised (the outbox).
 * {@code nameKey} carries a unique index, so two teams never share a name even when registered
 * at the same moment.
 */
@Document("patrol_teams")
class PatrolTeamDocument extends OutboxDocument {

    static final String NAME_KEY_INDEX = "name_key_unique";

    @Id
    String id;
    String name;
    @Indexed(name = NAME_KEY_INDEX, unique = true)
    String nameKey;
    PatrolTeamType type;
    @Indexed(name = "grid_blocks")
    List<String> gridBlockIds;
    int memberCount;
    Instant registeredAt;

    static PatrolTeamDocument of(PatrolTeam team) {
        PatrolTeamDocument document = new PatrolTeamDocument();
        document.id = team.id();
        document.name = team.name();
        document.nameKey = team.nameKey();
        document.type = team.type();
        document.gridBlockIds = team.gridBlockIds();
        document.memberCount = team.memberCount();
        document.registeredAt = team.registeredAt();
        document.setVersion(team.version());
        return document;
    }

    PatrolTeam toPatrolTeam() {
        return PatrolTeam.restore(id, name, type, gridBlockIds, memberCount, registeredAt, getVersion());
    }
}
