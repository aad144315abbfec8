package org.fengqiao.dispute.config;

import static org.fengqiao.events.access.Role.COMMUNITY_OFFICER;
import static org.fengqiao.events.access.Role.DEPARTMENT_LIAISON;
import static org.fengqiao.events.access.Role.INFORMATION_INVESTIGATOR;
import static org.fengqiao.events.access.Role.MEDIATOR;
import static org.fengqiao.events.access.Role.OPERATOR;
import static org.fengqiao.events.access.Role.PATROL_LEADER;
import static org.fengqiao.events.access.Role.PATROL_MEMBER;
import static org.fengqiao.events.access.Role.POLICE_OFFICER;
import static org.fengqiao.events.access.Role.RESIDENT;
import static org.fengqiao.events.access.Role.UNIT_MEDIATOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.Scopes;
import org.fengqiao.security.AccessPolicy;
import org.fengqiao.security.AccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * dispute-service's role matrix (the README prints it). The rules on the person ("only when")
 * are checked by {@link org.fengqiao.dispute.dispute.application.DisputeAccess} with the dispute
 * at hand.
 */
@Configuration
class DisputeServiceAccess {

    private static final Role[] STATION = {COMMUNITY_OFFICER, POLICE_OFFICER, MEDIATOR, OPERATOR};
    private static final Role[] INVOLVED = {COMMUNITY_OFFICER, POLICE_OFFICER, MEDIATOR, OPERATOR, UNIT_MEDIATOR, DEPARTMENT_LIAISON,
            INFORMATION_INVESTIGATOR, RESIDENT, PATROL_LEADER, PATROL_MEMBER};
    private static final Role[] CASE_WORKERS = {COMMUNITY_OFFICER, POLICE_OFFICER, MEDIATOR, UNIT_MEDIATOR};
    private static final String INVOLVED_ONLY = "station staff read any; a reporter, a contracted unit and an invited department only their own disputes";
    private static final String STATION_OR_ASSIGNEE = "the grid cell's community officer, station police, or the person the dispute is contracted to";
    private static final String STATION_ONLY = "the grid cell's community officer or station police";

    @Bean
    AccessPolicy disputeAccessPolicy() {
        return AccessPolicy.of("dispute-service",
                AccessRule.on(POST, "/api/v1/disputes")
                        .roles(INFORMATION_INVESTIGATOR, COMMUNITY_OFFICER, POLICE_OFFICER, PATROL_LEADER, PATROL_MEMBER, RESIDENT)
                        .scopes(Scopes.DISPUTES_REPORT)
                        .provided("the reporter is the signed-in person (a system names the reporter it reports for)"),
                AccessRule.on(GET, "/api/v1/disputes").roles(STATION).scopes(Scopes.DISPUTES_READ).always(),
                AccessRule.on(GET, "/api/v1/disputes/{id}").roles(INVOLVED).scopes(Scopes.DISPUTES_READ).provided(INVOLVED_ONLY),
                AccessRule.on(GET, "/api/v1/disputes/{id}/timeline").roles(INVOLVED).scopes(Scopes.DISPUTES_READ).provided(INVOLVED_ONLY),
                AccessRule.on(POST, "/api/v1/disputes/{id}/triage").roles(COMMUNITY_OFFICER)
                        .provided("the community officer of the dispute's grid cell"),
                AccessRule.on(POST, "/api/v1/disputes/{id}/assignment").roles(COMMUNITY_OFFICER, POLICE_OFFICER).provided(STATION_ONLY),
                AccessRule.on(POST, "/api/v1/disputes/{id}/mediation-sessions").roles(CASE_WORKERS)
                        .provided("the person the dispute is contracted to"),
                AccessRule.on(POST, "/api/v1/disputes/{id}/escalation").roles(CASE_WORKERS).provided(STATION_OR_ASSIGNEE),
                AccessRule.on(POST, "/api/v1/disputes/{id}/escalation-after-failed-mediation").roles(CASE_WORKERS).provided(STATION_OR_ASSIGNEE),
                AccessRule.on(POST, "/api/v1/disputes/{id}/resolution").roles(CASE_WORKERS).provided(STATION_OR_ASSIGNEE),
                AccessRule.on(POST, "/api/v1/disputes/{id}/awaiting-party").roles(CASE_WORKERS).provided(STATION_OR_ASSIGNEE),
                AccessRule.on(POST, "/api/v1/disputes/{id}/resumption").roles(CASE_WORKERS).provided(STATION_OR_ASSIGNEE),
                AccessRule.on(POST, "/api/v1/disputes/{id}/risk-assessments").roles(CASE_WORKERS).provided(STATION_OR_ASSIGNEE),
                AccessRule.on(POST, "/api/v1/disputes/{id}/closure").roles(COMMUNITY_OFFICER, POLICE_OFFICER).provided(STATION_ONLY),
                AccessRule.on(POST, "/api/v1/disputes/{id}/reopening").roles(COMMUNITY_OFFICER, POLICE_OFFICER).provided(STATION_ONLY),
                AccessRule.on(POST, "/api/v1/disputes/{id}/joint-mediation/invitations").roles(COMMUNITY_OFFICER, POLICE_OFFICER)
                        .provided(STATION_ONLY),
                AccessRule.on(POST, "/api/v1/disputes/{id}/joint-mediation/invitations/{departmentId}/acknowledgement")
                        .roles(DEPARTMENT_LIAISON).provided("the liaison of the invited department"),
                AccessRule.on(GET, "/api/v1/kpis").roles(STATION).scopes(Scopes.KPIS_READ).always(),
                AccessRule.on(GET, "/api/v1/kpis/by-grid-cell").roles(STATION).scopes(Scopes.KPIS_READ).always(),
                AccessRule.on(GET, "/api/v1/risk-rules").roles(STATION).scopes(Scopes.DISPUTES_READ).always(),
                AccessRule.on(GET, "/api/v1/directory/units").roles(STATION).scopes(Scopes.DISPUTES_READ).always(),
                AccessRule.on(GET, "/api/v1/directory/units/{id}").roles(STATION).scopes(Scopes.DISPUTES_READ).always(),
                AccessRule.on(GET, "/api/v1/directory/information-investigators").roles(STATION).scopes(Scopes.DISPUTES_READ).always(),
                AccessRule.on(GET, "/api/v1/directory/mediation-team").roles(STATION).scopes(Scopes.DISPUTES_READ).always(),
                AccessRule.on(GET, "/api/v1/directory/departments").roles(STATION).scopes(Scopes.DISPUTES_READ).always(),
                AccessRule.on(POST, "/api/v1/directory/units/{unitId}/publicity-sessions").roles(COMMUNITY_OFFICER, POLICE_OFFICER)
                        .provided("held by the signed-in officer"),
                AccessRule.on(GET, "/api/v1/directory/units/{unitId}/publicity-sessions").roles(STATION).always(),
                AccessRule.on(GET, "/api/v1/prevention/report").roles(STATION).scopes(Scopes.KPIS_READ).always());
    }
}
