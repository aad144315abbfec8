package org.fengqiao.dispute.kpi.model;

import java.util.List;
import java.util.Objects;

/**
 * A number of disputes in some situation at {@code asOf}, with their ids.
 *
 * @param name       e.g. {@code openByLayer.SOURCE_RESOLUTION}
 * @param count      how many
 * @param disputeIds which (sorted)
 */
public record CaseCount(String name, long count, List<String> disputeIds) {

    public CaseCount {
        Objects.requireNonNull(name, "name");
        disputeIds = List.copyOf(disputeIds);
        if (disputeIds.size() != count) {
            throw new IllegalArgumentException(name + ": " + disputeIds.size() + " cases for a count of " + count);
        }
    }

    static CaseCount of(String name, List<String> cases) {
        List<String> sorted = cases.stream().sorted().toList();
        return new CaseCount(name, sorted.size(), sorted);
    }
}
