package org.fengqiao.patrol.incident.application;

import java.util.Optional;

import org.fengqiao.patrol.incident.model.Incident;

/** Where incidents are kept; saving one stores the events it raised in the same write (version-checked). */
public interface Incidents {

    Incident save(Incident incident);

    Optional<Incident> find(String id);

    /** Incidents reported in [from, to). */
    java.util.List<Incident> reportedIn(java.time.Instant from, java.time.Instant to);
}
