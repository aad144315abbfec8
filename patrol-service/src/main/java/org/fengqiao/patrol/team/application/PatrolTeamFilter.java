package org.fengqiao.patrol.team.application;

import org.fengqiao.events.patrol.PatrolTeamType;

/** Optional criteria for listing patrol teams; a null field does not filter. */
public record PatrolTeamFilter(PatrolTeamType type, String gridBlockId) {
}
