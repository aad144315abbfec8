package org.fengqiao.citizen.resident.application;

import org.fengqiao.events.access.Role;
import org.fengqiao.kit.failure.InvalidFieldException;
import org.fengqiao.security.NotPermittedException;
import org.fengqiao.security.Caller;

/**
 * The rules on the person in citizen-service: a resident sees and changes only their own
 * appointments, requests, lost items and overview (their person id is their {@code citizenRef});
 * station staff serve any resident; whoever records a step is the signed-in person.
 */
public final class ResidentAccess {

    /** Whether the caller serves residents (desk, officers) rather than being one. */
    public static boolean serves(Caller caller) {
        return caller.hasAny(Role.REGISTRATION_DESK, Role.COMMUNITY_OFFICER, Role.POLICE_OFFICER, Role.OPERATOR, Role.ANTI_FRAUD_DESK);
    }

    /** A resident may only name themselves; staff any resident. */
    public static void requireOwn(Caller caller, String citizenRef, String field) {
        if (!serves(caller) && !caller.id().equals(citizenRef)) {
            throw new NotPermittedException(field, "a resident sees and changes only their own records");
        }
    }

    /** Like {@link #requireOwn} for a record that concerns any of these residents (the applicant, the one told). */
    public static void requireOneOf(Caller caller, String... citizenRefs) {
        if (serves(caller)) {
            return;
        }
        for (String ref : citizenRefs) {
            if (caller.id().equals(ref)) {
                return;
            }
        }
        throw new NotPermittedException(null, "a resident sees only their own records");
    }

    /** The resident a request is about: a resident's own reference when they leave it out. */
    public static String citizenRefFor(Caller caller, String given, String field) {
        if (given == null && !serves(caller)) {
            return caller.id();
        }
        if (given == null) {
            throw new InvalidFieldException(field, "name the resident");
        }
        requireOwn(caller, given, field);
        return given;
    }

    private ResidentAccess() {
    }
}
