package org.fengqiao.patrol.config;

import static org.fengqiao.events.access.Role.COMMUNITY_OFFICER;
import static org.fengqiao.events.access.Role.MEDIATOR;
import static org.fengqiao.events.access.Role.OPERATOR;
import static org.fengqiao.events.access.Role.PATROL_LEADER;
import static org.fengqiao.events.access.Role.PATROL_MEMBER;
import static org.fengqiao.events.access.Role.POLICE_OFFICER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.Scopes;
import org.fengqiao.security.AccessPolicy;
import org.fengqiao.security.AccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * patrol-service's role matrix (the README prints it). The rules on the person are checked by
 * {@link org.fengqiao.patrol.team.application.PatrolAccess}.
 */
@Configuration
class PatrolServiceAccess {

    private static final Role[] STATION = {POLICE_OFFICER, COMMUNITY_OFFICER, OPERATOR};
    private static final Role[] STATION_AND_PATROLS = {POLICE_OFFICER, COMMUNITY_OFFICER, OPERATOR, MEDIATOR, PATROL_LEADER, PATROL_MEMBER};
    private static final Role[] PATROLS = {PATROL_LEADER, PATROL_MEMBER};
    private static final String OWN_TEAM = "a patrol volunteer for their own team, as themselves";
    private static final String INVOLVED_TEAMS = "station staff read any; a patrol volunteer only incidents of their team or its neighbours";

    @Bean
    AccessPolicy patrolAccessPolicy() {
        return AccessPolicy.of("patrol-service",
                AccessRule.on(POST, "/api/v1/patrol-teams").roles(COMMUNITY_OFFICER, OPERATOR).always(),
                AccessRule.on(GET, "/api/v1/patrol-teams").roles(STATION_AND_PATROLS).scopes(Scopes.PATROL_READ).always(),
                AccessRule.on(GET, "/api/v1/patrol-teams/{id}").roles(STATION_AND_PATROLS).scopes(Scopes.PATROL_READ).always(),
                AccessRule.on(GET, "/api/v1/patrol-teams/{teamId}/roster").roles(STATION_AND_PATROLS).always(),
                AccessRule.on(GET, "/api/v1/grid-blocks").roles(STATION_AND_PATROLS).scopes(Scopes.PATROL_READ).always(),
                AccessRule.on(GET, "/api/v1/grid-blocks/{id}").roles(STATION_AND_PATROLS).scopes(Scopes.PATROL_READ).always(),
                AccessRule.on(POST, "/api/v1/incidents").roles(PATROL_LEADER, PATROL_MEMBER, POLICE_OFFICER, COMMUNITY_OFFICER)
                        .provided(OWN_TEAM + "; police and community officers for any team"),
                AccessRule.on(GET, "/api/v1/incidents/{id}").roles(STATION_AND_PATROLS).scopes(Scopes.PATROL_READ).provided(INVOLVED_TEAMS),
                AccessRule.on(GET, "/api/v1/incidents/{id}/timeline").roles(STATION_AND_PATROLS).scopes(Scopes.PATROL_READ)
                        .provided(INVOLVED_TEAMS),
                AccessRule.on(POST, "/api/v1/incidents/{id}/acknowledgement").roles(POLICE_OFFICER).provided("the police officer signed in takes charge"),
                AccessRule.on(POST, "/api/v1/incidents/{id}/tasks").roles(POLICE_OFFICER).always(),
                AccessRule.on(POST, "/api/v1/incidents/{id}/tasks/{taskId}/report").roles(PATROLS).provided("a member of the team given the task"),
                AccessRule.on(POST, "/api/v1/incidents/{id}/outcome").roles(POLICE_OFFICER).always(),
                AccessRule.on(POST, "/api/v1/incidents/{id}/dispute-handover").roles(POLICE_OFFICER, COMMUNITY_OFFICER, PATROL_LEADER, PATROL_MEMBER)
                        .provided("a patrol volunteer only for an incident their team reported"),
                AccessRule.on(GET, "/api/v1/duties").roles(STATION_AND_PATROLS).scopes(Scopes.PATROL_READ).always(),
                AccessRule.on(POST, "/api/v1/shifts").roles(PATROLS).provided(OWN_TEAM),
                AccessRule.on(GET, "/api/v1/shifts").roles(STATION_AND_PATROLS).provided("a patrol volunteer only their own team's"),
                AccessRule.on(GET, "/api/v1/shifts/{id}").roles(STATION_AND_PATROLS).provided("a patrol volunteer only their own team's"),
                AccessRule.on(POST, "/api/v1/shifts/{id}/end").roles(PATROLS).provided("a member of the shift's team"),
                AccessRule.on(POST, "/api/v1/check-ins").roles(PATROLS).provided(OWN_TEAM),
                AccessRule.on(GET, "/api/v1/missed-shifts").roles(STATION).always(),
                AccessRule.on(GET, "/api/v1/assessments/{month}").roles(POLICE_OFFICER, COMMUNITY_OFFICER, OPERATOR, PATROL_LEADER)
                        .scopes(Scopes.KPIS_READ).always(),
                AccessRule.on(POST, "/api/v1/assessments/{month}/below-threshold").roles(OPERATOR).always(),
                AccessRule.on(GET, "/api/v1/patrol-kpis/{month}").roles(STATION).scopes(Scopes.KPIS_READ).always());
    }
}
