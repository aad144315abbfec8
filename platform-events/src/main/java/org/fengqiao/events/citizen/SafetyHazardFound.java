package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * An officer on a home visit found a safety hazard (blocked fire exit, bad wiring) for the patrols to check. Key: the visit id.
 *
 * <p>Since v1.
 *
 * @param visitId the home visit
 * @param findingId the finding
 * @param gridCellId where
 * @param officerId who found it
 * @param description what it is
 * @param foundAt when (the visit)
 * @param recordedAt when the visit was logged and the finding became known (the event's time,
 *                   {@code ce_time}); absent in events written before the field existed, and then
 *                   read as {@code foundAt}
 */
public record SafetyHazardFound(String visitId, String findingId, String gridCellId, String officerId, String description, Instant foundAt, Instant recordedAt) implements CitizenEvent {

    public SafetyHazardFound {
        Require.text(visitId, "visitId");
        Require.text(findingId, "findingId");
        Require.text(gridCellId, "gridCellId");
        Require.text(officerId, "officerId");
        Require.text(description, "description");
        Require.present(foundAt, "foundAt");
        if (recordedAt == null) {
            recordedAt = foundAt;
        }
    }

    @Override
    public String aggregateId() {
        return visitId;
    }

    @Override
    public Instant occurredAt() {
        return recordedAt;
    }
}
