package org.fengqiao.notification.config;

import static org.fengqiao.events.access.Role.COMMUNITY_OFFICER;
import static org.fengqiao.events.access.Role.OPERATOR;
import static org.fengqiao.events.access.Role.POLICE_OFFICER;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.EnumSet;
import java.util.Set;

import org.fengqiao.events.access.Role;
import org.fengqiao.security.AccessPolicy;
import org.fengqiao.security.AccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * notification-service's role matrix (the README prints it). Whose inbox a person reads and which
 * alerts they acknowledge is decided by
 * {@link org.fengqiao.notification.notification.application.InboxAccess}; configuration
 * (routing rules, templates, rosters, other people's contacts, parked deliveries) is the
 * operators'.
 */
@Configuration
class NotificationServiceAccess {

    /** Everyone who can be told something has an inbox. */
    private static final Set<Role> ANYONE_WITH_AN_INBOX = EnumSet.allOf(Role.class);
    /** Everyone who can be alerted (residents are only ever told ROUTINE things). */
    private static final Set<Role> ALERTED = EnumSet.complementOf(EnumSet.of(Role.RESIDENT, Role.OPERATOR));
    private static final String OWN_INBOX = "one's own inbox, a desk's by its staff, a team's by its members, a department's by its liaison";
    private static final String SELF_OR_OPERATOR = "a person for themselves (residents as CITIZEN); operators for anyone";

    @Bean
    AccessPolicy notificationAccessPolicy() {
        return AccessPolicy.of("notification-service",
                AccessRule.on(GET, "/api/v1/notifications").roles(ANYONE_WITH_AN_INBOX).provided(OWN_INBOX),
                AccessRule.on(GET, "/api/v1/notifications/stream").roles(ANYONE_WITH_AN_INBOX).provided(OWN_INBOX),
                AccessRule.on(GET, "/api/v1/notifications/{id}").roles(ANYONE_WITH_AN_INBOX).provided(OWN_INBOX),
                AccessRule.on(POST, "/api/v1/notifications/{id}/ack").roles(ALERTED)
                        .provided("a recipient of the alert (or the staff of its desk, team or department), or someone on its duty roster"),
                AccessRule.on(GET, "/api/v1/notifications/parked").roles(OPERATOR).always(),
                AccessRule.on(POST, "/api/v1/notifications/{id}/replay").roles(OPERATOR).always(),
                AccessRule.on(POST, "/api/v1/notifications/parked/replay").roles(OPERATOR).always(),
                AccessRule.on(GET, "/api/v1/alerts").roles(OPERATOR, POLICE_OFFICER, COMMUNITY_OFFICER).always(),
                AccessRule.on(GET, "/api/v1/routing-rules").roles(OPERATOR).always(),
                AccessRule.on(GET, "/api/v1/routing-rules/{id}").roles(OPERATOR).always(),
                AccessRule.on(PUT, "/api/v1/routing-rules/{id}").roles(OPERATOR).always(),
                AccessRule.on(DELETE, "/api/v1/routing-rules/{id}").roles(OPERATOR).always(),
                AccessRule.on(GET, "/api/v1/templates").roles(OPERATOR).always(),
                AccessRule.on(PUT, "/api/v1/templates/{eventType}/{language}").roles(OPERATOR).always(),
                AccessRule.on(POST, "/api/v1/templates/{eventType}/preview").roles(OPERATOR).always(),
                AccessRule.on(GET, "/api/v1/recipients").roles(OPERATOR).always(),
                AccessRule.on(GET, "/api/v1/recipients/{id}").roles(ANYONE_WITH_AN_INBOX).provided(SELF_OR_OPERATOR),
                AccessRule.on(PUT, "/api/v1/recipients/{id}").roles(ANYONE_WITH_AN_INBOX).provided(SELF_OR_OPERATOR),
                AccessRule.on(PUT, "/api/v1/recipients/{id}/preferences").roles(ANYONE_WITH_AN_INBOX).provided(SELF_OR_OPERATOR),
                AccessRule.on(GET, "/api/v1/duty-rosters").roles(OPERATOR, POLICE_OFFICER).always(),
                AccessRule.on(PUT, "/api/v1/duty-rosters/{id}").roles(OPERATOR).always());
    }
}
