package org.fengqiao.events.patrol;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.Require;

/**
 * A patrol member (or a resident through a team) reported an incident. An urgent one is fanned out
 * at once by notification-service to the police on duty and to the teams of the neighbouring
 * blocks, and repeated until someone acknowledges it.
 *
 * <p>Since v1.
 *
 * @param incidentId          the incident's id
 * @param teamId              the team that reported it
 * @param gridBlockId         the grid block where it happens
 * @param gridCellId          the grid cell the block lies in (routes it to that cell's community officer)
 * @param category            what it is
 * @param urgent              whether it needs the police at once
 * @param place               where, in words (e.g. "Tower 7, east face, 12th floor")
 * @param description         what was seen
 * @param mediaRefs           references to photos or videos held by patrol-service (no media in events)
 * @param neighbouringTeamIds the teams contracted to the blocks around it, to be alerted
 * @param reportedBy          the reporting member's id
 * @param reportedAt          when it was reported
 */
public record IncidentReported(String incidentId, String teamId, String gridBlockId, String gridCellId, IncidentCategory category,
                               boolean urgent, String place, String description, List<String> mediaRefs,
                               List<String> neighbouringTeamIds, String reportedBy, Instant reportedAt) implements PatrolEvent {

    public IncidentReported {
        Require.text(incidentId, "incidentId");
        Require.text(teamId, "teamId");
        Require.text(gridBlockId, "gridBlockId");
        Require.text(gridCellId, "gridCellId");
        Require.present(category, "category");
        Require.text(place, "place");
        Require.text(description, "description");
        mediaRefs = Require.listOrEmpty(mediaRefs);
        neighbouringTeamIds = Require.listOrEmpty(neighbouringTeamIds);
        Require.text(reportedBy, "reportedBy");
        Require.present(reportedAt, "reportedAt");
    }

    @Override
    public String aggregateId() {
        return incidentId;
    }

    @Override
    public Instant occurredAt() {
        return reportedAt;
    }
}
