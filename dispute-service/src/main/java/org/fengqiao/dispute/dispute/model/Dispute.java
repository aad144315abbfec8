package org.fengqiao.dispute.dispute.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fengqiao.events.dispute.DisputeCategory;
import org.fengqiao.events.dispute.DisputeEvent;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.Party;
import org.fengqiao.events.dispute.Reporter;

/**
 * A dispute (矛盾纠纷) and what has happened to it. The aggregate registers the events its changes
 * raise; they are stored with it in one write and published from there.
 *
 * <p>Invariant: a dispute always has a grid cell, a category, at least one party and a reporter.
 */
public final class Dispute {

    private final String id;
    private final String gridCellId;
    private final DisputeCategory category;
    private final List<Party> parties;
    private final String description;
    private final int peopleInvolved;
    private final Reporter reporter;
    private final Instant reportedAt;
    private final DisputeStatus status;
    private final DisputeLayer layer;
    private final Long version;
    private final List<DisputeEvent> raised = new ArrayList<>();

    private Dispute(String id, String gridCellId, DisputeCategory category, List<Party> parties, String description,
                    int peopleInvolved, Reporter reporter, Instant reportedAt, DisputeStatus status, DisputeLayer layer,
                    Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.gridCellId = Objects.requireNonNull(gridCellId, "gridCellId");
        this.category = Objects.requireNonNull(category, "category");
        this.parties = List.copyOf(parties);
        if (this.parties.isEmpty()) {
            throw new IllegalArgumentException("a dispute needs at least one party");
        }
        this.description = Objects.requireNonNull(description, "description");
        if (peopleInvolved < 1) {
            throw new IllegalArgumentException("at least one person is involved in a dispute");
        }
        this.peopleInvolved = peopleInvolved;
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.reportedAt = Objects.requireNonNull(reportedAt, "reportedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.layer = Objects.requireNonNull(layer, "layer");
        this.version = version;
    }

    /**
     * A report from the information-gathering layer: the dispute starts there, waiting for its
     * community officer, and {@link DisputeReported} is raised.
     */
    public static Dispute report(String id, String gridCellId, DisputeCategory category, List<Party> parties,
                                 String description, int peopleInvolved, Reporter reporter, Instant now) {
        Dispute dispute = new Dispute(id, gridCellId, category, parties, description, peopleInvolved, reporter, now,
                DisputeStatus.REPORTED, DisputeLayer.INFORMATION, null);
        dispute.raised.add(new DisputeReported(id, gridCellId, category, dispute.parties, description, peopleInvolved,
                reporter, now));
        return dispute;
    }

    /** Rebuilds a stored dispute; raises nothing. */
    public static Dispute restore(String id, String gridCellId, DisputeCategory category, List<Party> parties,
                                  String description, int peopleInvolved, Reporter reporter, Instant reportedAt,
                                  DisputeStatus status, DisputeLayer layer, Long version) {
        return new Dispute(id, gridCellId, category, parties, description, peopleInvolved, reporter, reportedAt, status,
                layer, version);
    }

    /** Events raised since this object was created or restored, oldest first. */
    public List<DisputeEvent> raisedEvents() {
        return List.copyOf(raised);
    }

    public String id() {
        return id;
    }

    public String gridCellId() {
        return gridCellId;
    }

    public DisputeCategory category() {
        return category;
    }

    public List<Party> parties() {
        return parties;
    }

    public String description() {
        return description;
    }

    public int peopleInvolved() {
        return peopleInvolved;
    }

    public Reporter reporter() {
        return reporter;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public DisputeStatus status() {
        return status;
    }

    public DisputeLayer layer() {
        return layer;
    }

    public Long version() {
        return version;
    }
}
