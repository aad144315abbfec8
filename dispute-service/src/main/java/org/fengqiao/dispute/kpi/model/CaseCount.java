package org.fengqiao.dispute.kpi.model;

import java.util.List;
import java.util.Objects;

/**
 * A number of disputes in some situation at {@code asOf}, with their ids.
 *
 * @param name       e.g. {@code openByLayer.SOURCE_RESOLUTION}
 * @param count      how many
 * @param disputeIds which (sorted); {@code null} when read from the running tallies
 */
public record CaseCount(String name, long count, List<String> disputeIds) {

    public CaseCount {
        Objects.requireNonNull(name, "name");
        disputeIds = disputeIds == null ? null : List.copyOf(disputeIds);
        if (count < 0 || disputeIds != null && disputeIds.size() != count) {
            throw new IllegalArgumentException(name + ": " + disputeIds.size() + " cases for a count of " + count);
        }
    }

    static CaseCount of(String name, List<String> cases) {
        List<String> sorted = cases.stream().sorted().toList();
        return new CaseCount(name, sorted.size(), sorted);
    }

    /** {@code count} disputes, not listed. */
    static CaseCount counted(String name, long count) {
        return new CaseCount(name, count, null);
    }
}
