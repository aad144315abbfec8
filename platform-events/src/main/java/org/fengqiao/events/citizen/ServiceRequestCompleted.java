package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The card or document reached its holder: delivered (door-to-door, enterprise) or picked up. Key: the request id.
 *
 * <p>Since v1.
 *
 * @param requestId the request's id
 * @param kind what was applied for
 * @param channel how it reached the station
 * @param citizenRef the applicant's reference
 * @param notifyRef who hears
 * @param handOver picked up or delivered
 * @param completedAt when
 */
public record ServiceRequestCompleted(String requestId, ServiceRequestKind kind, ServiceChannel channel, String citizenRef, String notifyRef, HandOver handOver, Instant completedAt) implements CitizenEvent {

    public ServiceRequestCompleted {
        Require.text(requestId, "requestId");
        Require.present(kind, "kind");
        Require.present(channel, "channel");
        Require.text(citizenRef, "citizenRef");
        Require.text(notifyRef, "notifyRef");
        Require.present(handOver, "handOver");
        Require.present(completedAt, "completedAt");
    }

    @Override
    public String aggregateId() {
        return requestId;
    }

    @Override
    public Instant occurredAt() {
        return completedAt;
    }
}
