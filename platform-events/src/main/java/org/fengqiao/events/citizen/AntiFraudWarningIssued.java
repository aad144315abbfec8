package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * An officer on a home visit found a household at risk of fraud and warned it; the anti-fraud desk follows up. Key: the visit id.
 *
 * <p>Since v1.
 *
 * @param visitId the home visit
 * @param findingId the finding
 * @param gridCellId where
 * @param householdRef the household's register reference
 * @param officerId who warned
 * @param description what was found
 * @param issuedAt when (the visit)
 * @param recordedAt when the visit was logged and the finding became known (the event's time,
 *                   {@code ce_time}); absent in events written before the field existed, and then
 *                   read as {@code issuedAt}
 */
public record AntiFraudWarningIssued(String visitId, String findingId, String gridCellId, String householdRef, String officerId, String description, Instant issuedAt, Instant recordedAt) implements CitizenEvent {

    public AntiFraudWarningIssued {
        Require.text(visitId, "visitId");
        Require.text(findingId, "findingId");
        Require.text(gridCellId, "gridCellId");
        Require.text(householdRef, "householdRef");
        Require.text(officerId, "officerId");
        Require.text(description, "description");
        Require.present(issuedAt, "issuedAt");
        if (recordedAt == null) {
            recordedAt = issuedAt;
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
