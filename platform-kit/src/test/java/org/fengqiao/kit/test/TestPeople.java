package org.fengqiao.kit.test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fengqiao.events.access.Role;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.security.test.TestTokens;

/**
 * Tokens for the made-up people of the directories, by their id, with the claims the identity
 * provider gives them (see identity's people seed): {@code CO-02} a community officer of her grid
 * cells, {@code PO-01} police on duty, {@code IV-0007} an information investigator, {@code PM-03} a
 * mediator, {@code SU-0103} a unit's mediation contact, {@code DEPT-HOUSING-LIAISON} a department's
 * liaison, {@code PT-20-M01} a patrol team's leader ({@code M01}) or member, {@code RD-01} the
 * registration desk, {@code AF-01} the anti-fraud desk, {@code OP-01} an operator, {@code CZ-...} a
 * resident.
 */
public final class TestPeople {

    private static final GridDirectory GRID = GridDirectory.seeded();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** An access token for this person, made once per test JVM. */
    public static String token(String personId) {
        return TOKENS.computeIfAbsent(personId, TestPeople::issue);
    }

    /**
     * A made-up person who may read a recipient's inbox: the person themselves, a member (the
     * leader, {@code -M01}) of a patrol team, or the staff of a desk (as notification-service's
     * {@code notification.desk-staff} says).
     */
    public static String readerOf(String recipient) {
        if (recipient.matches("PT-\\d+")) {
            return recipient + "-M01";
        }
        return switch (recipient) {
            case "station-duty-desk" -> "PO-01";
            case "registration-desk" -> "RD-01";
            case "anti-fraud-desk" -> "AF-01";
            case "mediation-team-desk" -> "PM-01";
            default -> recipient;
        };
    }

    private static String issue(String id) {
        if (id.startsWith("CO-")) {
            return TestTokens.person(id, Role.COMMUNITY_OFFICER).gridCells(GRID.gridCells().stream()
                    .filter(cell -> cell.communityOfficerId().equals(id)).map(GridDirectory.GridCell::id).toArray(String[]::new)).token();
        }
        if (id.startsWith("PO-")) {
            return TestTokens.person(id, Role.POLICE_OFFICER).token();
        }
        if (id.startsWith("IV-")) {
            return TestTokens.person(id, Role.INFORMATION_INVESTIGATOR).token();
        }
        if (id.startsWith("PM-")) {
            return TestTokens.person(id, Role.MEDIATOR).token();
        }
        if (id.startsWith("SU-")) {
            return TestTokens.person(id, Role.UNIT_MEDIATOR).token();
        }
        if (id.startsWith("DEPT-") && id.endsWith("-LIAISON")) {
            return TestTokens.person(id, Role.DEPARTMENT_LIAISON).department(id.substring(0, id.length() - "-LIAISON".length())).token();
        }
        if (id.matches("PT-\\d+-M\\d+")) {
            Role role = id.endsWith("-M01") ? Role.PATROL_LEADER : Role.PATROL_MEMBER;
            return TestTokens.person(id, role).team(id.substring(0, id.lastIndexOf('-'))).token();
        }
        if (id.startsWith("RD-")) {
            return TestTokens.person(id, Role.REGISTRATION_DESK).token();
        }
        if (id.startsWith("AF-")) {
            return TestTokens.person(id, Role.ANTI_FRAUD_DESK).token();
        }
        if (id.startsWith("OP-")) {
            return TestTokens.person(id, Role.OPERATOR).token();
        }
        if (id.startsWith("CZ-")) {
            return TestTokens.resident(id);
        }
        throw new IllegalArgumentException("no made-up person with the id " + id);
    }

    private TestPeople() {
    }
}
