package org.fengqiao.events.dispute;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import org.fengqiao.events.Require;

/**
 * Where a dispute came from when another service handed it over to dispute-service's pipeline.
 *
 * @param kind            what it was there
 * @param service         the service that handed it over, e.g. {@code patrol-service}
 * @param reference       that service's id of the incident or home-visit finding
 * @param handoverEventId the CloudEvents id of the handover event
 */
public record DisputeOrigin(Kind kind, String service, String reference, String handoverEventId) {

    public enum Kind {
        /** A patrol incident that turned out to be a dispute. */
        PATROL_INCIDENT,
        /** A finding of a home visit. */
        HOME_VISIT_FINDING,
        @JsonEnumDefaultValue
        OTHER
    }

    public DisputeOrigin {
        Require.present(kind, "origin.kind");
        Require.text(service, "origin.service");
        Require.text(reference, "origin.reference");
        Require.text(handoverEventId, "origin.handoverEventId");
    }
}
