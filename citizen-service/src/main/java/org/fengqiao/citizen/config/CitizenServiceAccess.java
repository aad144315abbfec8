package org.fengqiao.citizen.config;

import static org.fengqiao.events.access.Role.ANTI_FRAUD_DESK;
import static org.fengqiao.events.access.Role.COMMUNITY_OFFICER;
import static org.fengqiao.events.access.Role.OPERATOR;
import static org.fengqiao.events.access.Role.POLICE_OFFICER;
import static org.fengqiao.events.access.Role.REGISTRATION_DESK;
import static org.fengqiao.events.access.Role.RESIDENT;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.fengqiao.events.access.Role;
import org.fengqiao.events.access.Scopes;
import org.fengqiao.security.AccessPolicy;
import org.fengqiao.security.AccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * citizen-service's role matrix (the README prints it). The rules on the person (a resident's own
 * records, the signed-in officer as the one who acts) are checked by
 * {@link org.fengqiao.citizen.resident.application.ResidentAccess}.
 */
@Configuration
class CitizenServiceAccess {

    /** Those who serve residents at the desks and in the community. */
    private static final Role[] SERVING = {REGISTRATION_DESK, COMMUNITY_OFFICER, POLICE_OFFICER};
    private static final Role[] SERVING_AND_RESIDENTS = {REGISTRATION_DESK, COMMUNITY_OFFICER, POLICE_OFFICER, RESIDENT};
    private static final Role[] EVERYONE_AT_THE_STATION = {REGISTRATION_DESK, COMMUNITY_OFFICER, POLICE_OFFICER, ANTI_FRAUD_DESK, OPERATOR,
            RESIDENT};
    private static final Role[] OFFICERS = {COMMUNITY_OFFICER, POLICE_OFFICER};
    private static final String OWN = "a resident only their own";
    private static final String AS_SELF = "the signed-in person is the one who acts";

    @Bean
    AccessPolicy citizenAccessPolicy() {
        return AccessPolicy.of("citizen-service",
                AccessRule.on(GET, "/api/v1/service-points").roles(EVERYONE_AT_THE_STATION).always(),
                AccessRule.on(GET, "/api/v1/service-points/{id}").roles(EVERYONE_AT_THE_STATION).always(),
                AccessRule.on(GET, "/api/v1/service-points/{id}/slots").roles(EVERYONE_AT_THE_STATION).always(),
                AccessRule.on(POST, "/api/v1/service-points").roles(OPERATOR).always(),
                AccessRule.on(POST, "/api/v1/appointments").roles(RESIDENT, REGISTRATION_DESK)
                        .provided("a resident books for themselves; the desk for any resident"),
                AccessRule.on(GET, "/api/v1/appointments").roles(SERVING_AND_RESIDENTS).provided(OWN),
                AccessRule.on(GET, "/api/v1/appointments/{id}").roles(SERVING_AND_RESIDENTS).provided(OWN),
                AccessRule.on(GET, "/api/v1/appointments/{id}/calendar.ics").roles(SERVING_AND_RESIDENTS).provided(OWN),
                AccessRule.on(POST, "/api/v1/appointments/{id}/cancel").roles(RESIDENT, REGISTRATION_DESK).provided(OWN),
                AccessRule.on(POST, "/api/v1/appointments/{id}/attended").roles(SERVING).always(),
                AccessRule.on(POST, "/api/v1/appointments/{id}/no-show").roles(SERVING).always(),
                AccessRule.on(POST, "/api/v1/service-requests").roles(SERVING).provided(AS_SELF),
                AccessRule.on(GET, "/api/v1/service-requests").roles(SERVING_AND_RESIDENTS).provided(OWN + " (with citizenRef)"),
                AccessRule.on(GET, "/api/v1/service-requests/{id}").roles(SERVING_AND_RESIDENTS)
                        .provided(OWN + " (as applicant or the one told)"),
                AccessRule.on(POST, "/api/v1/service-requests/{id}/schedule").roles(SERVING).always(),
                AccessRule.on(POST, "/api/v1/service-requests/{id}/collect-at-home").roles(SERVING).provided(AS_SELF),
                AccessRule.on(POST, "/api/v1/service-requests/{id}/submit").roles(SERVING).provided(AS_SELF),
                AccessRule.on(POST, "/api/v1/service-requests/{id}/ready").roles(SERVING).provided(AS_SELF),
                AccessRule.on(POST, "/api/v1/service-requests/{id}/deliver").roles(SERVING).provided(AS_SELF),
                AccessRule.on(POST, "/api/v1/service-requests/{id}/pick-up").roles(SERVING).provided(AS_SELF),
                AccessRule.on(GET, "/api/v1/service-requests/{id}/personal-data").roles(REGISTRATION_DESK)
                        .provided("with a purpose; the access log records the signed-in person"),
                AccessRule.on(GET, "/api/v1/service-requests/{id}/personal-data/access-log").roles(REGISTRATION_DESK, OPERATOR).always(),
                AccessRule.on(POST, "/api/v1/enterprise-intakes").roles(SERVING).provided(AS_SELF),
                AccessRule.on(GET, "/api/v1/enterprise-intakes/{id}").roles(SERVING).always(),
                AccessRule.on(POST, "/api/v1/enterprise-intakes/{id}/advance").roles(SERVING).provided(AS_SELF),
                AccessRule.on(POST, "/api/v1/home-visits").roles(OFFICERS).provided("the visiting officer is the signed-in one"),
                AccessRule.on(GET, "/api/v1/home-visits").roles(OFFICERS).always(),
                AccessRule.on(GET, "/api/v1/home-visits/{id}").roles(OFFICERS).always(),
                AccessRule.on(POST, "/api/v1/lost-items/handovers").roles(SERVING).always(),
                AccessRule.on(GET, "/api/v1/lost-items").roles(SERVING).always(),
                AccessRule.on(GET, "/api/v1/lost-items/{id}").roles(SERVING_AND_RESIDENTS).provided("a resident only an item that is theirs"),
                AccessRule.on(POST, "/api/v1/lost-items/{id}/owner").roles(SERVING).always(),
                AccessRule.on(POST, "/api/v1/lost-items/{id}/return").roles(SERVING).provided(AS_SELF),
                AccessRule.on(POST, "/api/v1/outreach-activities").roles(OFFICERS).provided("the officer is the signed-in one"),
                AccessRule.on(GET, "/api/v1/outreach-activities").roles(OFFICERS[0], OFFICERS[1], OPERATOR).always(),
                AccessRule.on(POST, "/api/v1/lost-persons").roles(OFFICERS).provided("the officer is the signed-in one"),
                AccessRule.on(GET, "/api/v1/lost-persons").roles(OFFICERS[0], OFFICERS[1], OPERATOR).always(),
                AccessRule.on(GET, "/api/v1/tallies").roles(REGISTRATION_DESK, COMMUNITY_OFFICER, POLICE_OFFICER, OPERATOR)
                        .scopes(Scopes.KPIS_READ).always(),
                AccessRule.on(GET, "/api/v1/residents/{citizenRef}").roles(SERVING_AND_RESIDENTS).provided(OWN));
    }
}
