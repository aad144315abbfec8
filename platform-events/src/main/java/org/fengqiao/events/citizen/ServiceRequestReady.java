package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * The card or document is ready: to be picked up at the service point or delivered. The applicant (or their relative) hears it. Key: the request id.
 *
 * <p>Since v1.
 *
 * @param requestId the request's id
 * @param kind what was applied for
 * @param channel how it reached the station
 * @param citizenRef the applicant's reference
 * @param notifyRef who hears
 * @param servicePointId where it waits or comes from
 * @param servicePointName its public name, for the applicant
 * @param handOver picked up or delivered
 * @param readyAt when
 */
public record ServiceRequestReady(String requestId, ServiceRequestKind kind, ServiceChannel channel, String citizenRef, String notifyRef, String servicePointId, String servicePointName, HandOver handOver, Instant readyAt) implements CitizenEvent {

    public ServiceRequestReady {
        Require.text(requestId, "requestId");
        Require.present(kind, "kind");
        Require.present(channel, "channel");
        Require.text(citizenRef, "citizenRef");
        Require.text(notifyRef, "notifyRef");
        Require.text(servicePointId, "servicePointId");
        Require.text(servicePointName, "servicePointName");
        Require.present(handOver, "handOver");
        Require.present(readyAt, "readyAt");
    }

    @Override
    public String aggregateId() {
        return requestId;
    }

    @Override
    public Instant occurredAt() {
        return readyAt;
    }
}
