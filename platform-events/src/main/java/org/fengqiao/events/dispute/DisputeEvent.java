package org.fengqiao.events.dispute;

import org.fengqiao.events.PlatformEvent;

/** Events published on {@code dispute.events}; the aggregate id is the dispute id. */
public sealed interface DisputeEvent extends PlatformEvent permits DisputeReported {

    String disputeId();

    @Override
    default String aggregateId() {
        return disputeId();
    }
}
