package org.fengqiao.patrol.duty.application;

import java.util.List;
import java.util.Optional;

import org.fengqiao.patrol.duty.model.OrderMaintenanceDuty;

/** Where duties are kept; saving one stores the events it raised in the same write. */
public interface Duties {

    OrderMaintenanceDuty save(OrderMaintenanceDuty duty);

    Optional<OrderMaintenanceDuty> activeFor(String disputeId);

    /** Newest first; every filter may be null. */
    List<OrderMaintenanceDuty> search(String teamId, OrderMaintenanceDuty.Status status, String disputeId, int limit);
}
