package org.fengqiao.citizen.request.model;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.citizen.ServiceRequestKind;

/**
 * On-site intake for an enterprise (企业上门服务): officers collect a batch of applications where the
 * people work (e.g. residence permits for the workers of a construction project); each person's
 * application is a {@link ServiceRequest} of channel ENTERPRISE, tracked person by person, and the
 * cards are delivered by community police.
 */
public record EnterpriseIntake(String id, String enterpriseName, String site, String gridCellId, String servicePointId, String officerId,
                               ServiceRequestKind kind, Instant collectedAt, List<String> requestIds, Instant recordedAt) {

    /** The station's tally counter of enterprise services (intake batches collected). */
    public static final String COUNTER = "enterpriseServices";

    public EnterpriseIntake {
        requestIds = List.copyOf(requestIds);
    }
}
