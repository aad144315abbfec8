package org.fengqiao.events.citizen;

import java.time.Instant;

import org.fengqiao.events.Require;

/**
 * A service request (household registration, ID card, residence permit) was opened: at a service point, door-to-door for someone who cannot come in, or in an enterprise batch. Key: the request id.
 *
 * <p>Since v1.
 *
 * @param requestId the request's id
 * @param kind what is applied for
 * @param channel how it reached the station
 * @param citizenRef the applicant's reference
 * @param notifyRef who hears about its progress: the applicant or the relative they named
 * @param servicePointId the service point handling it
 * @param gridCellId the grid cell of the applicant's home, for door-to-door requests
 * @param batchId the enterprise intake batch, for ENTERPRISE requests
 * @param originVisitId the home visit whose finding opened it, if any
 * @param openedAt when
 */
public record ServiceRequestOpened(String requestId, ServiceRequestKind kind, ServiceChannel channel, String citizenRef, String notifyRef, String servicePointId, String gridCellId, String batchId, String originVisitId, Instant openedAt) implements CitizenEvent {

    public ServiceRequestOpened {
        Require.text(requestId, "requestId");
        Require.present(kind, "kind");
        Require.present(channel, "channel");
        Require.text(citizenRef, "citizenRef");
        Require.text(notifyRef, "notifyRef");
        Require.text(servicePointId, "servicePointId");
        Require.present(openedAt, "openedAt");
    }

    @Override
    public String aggregateId() {
        return requestId;
    }

    @Override
    public Instant occurredAt() {
        return openedAt;
    }
}
