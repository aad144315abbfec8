package org.fengqiao.citizen.visit.application;

import java.util.List;
import java.util.Optional;

import org.fengqiao.citizen.visit.model.HomeVisit;

/** Where home visits are kept; saving one stores its events in the same write. */
public interface HomeVisits {

    HomeVisit save(HomeVisit visit);

    Optional<HomeVisit> find(String id);

    List<HomeVisit> byOfficer(String officerId, int limit);

    /** Whether no visit is stored at all. */
    boolean none();
}
