package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * An officer will come to the applicant's home to collect what a door-to-door request needs (photo, fingerprints, documents); the applicant or their relative hears when. Key: the request id.
 *
 * <p>Since v1.
 *
 * @param requestId the request's id
 * @param citizenRef the applicant's reference
 * @param notifyRef who hears
 * @param officerId who comes
 * @param scheduledFor when
 * @param scheduledAt when it was scheduled
 */
public record DoorToDoorVisitScheduled(String requestId, String citizenRef, String notifyRef, String officerId, Instant scheduledFor, Instant scheduledAt) implements CitizenEvent {

    public DoorToDoorVisitScheduled {
        Require.text(requestId, "requestId");
        Require.text(citizenRef, "citizenRef");
        Require.text(notifyRef, "notifyRef");
        Require.text(officerId, "officerId");
        Require.present(scheduledFor, "scheduledFor");
        Require.present(scheduledAt, "scheduledAt");
    }

    @Override
    public String aggregateId() {
        return requestId;
    }

    @Override
    public Instant occurredAt() {
        return scheduledAt;
    }
}
