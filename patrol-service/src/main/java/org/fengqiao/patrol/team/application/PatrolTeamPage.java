package org.fengqiao.patrol.team.application;

import java.util.List;

import org.fengqiao.patrol.team.model.PatrolTeam;

/** One page of patrol teams, by name (case ignored). */
public record PatrolTeamPage(List<PatrolTeam> items, int page, int size, long totalItems) {
}
