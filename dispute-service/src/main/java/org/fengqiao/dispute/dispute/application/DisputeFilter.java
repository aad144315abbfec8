package org.fengqiao.dispute.dispute.application;

import org.fengqiao.events.dispute.DisputeLayer;
import org.fengqiao.dispute.dispute.model.DisputeStatus;
import org.fengqiao.events.dispute.DisputeCategory;

/** Optional criteria for listing disputes; a null field does not filter. */
public record DisputeFilter(String gridCellId, DisputeStatus status, DisputeCategory category, DisputeLayer layer) {
}
