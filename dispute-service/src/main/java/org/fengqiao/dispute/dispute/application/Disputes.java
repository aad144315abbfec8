package org.fengqiao.dispute.dispute.application;

import java.util.Optional;

import org.fengqiao.dispute.dispute.model.Dispute;

/** Where disputes are kept. Saving a dispute also stores the events it raised, in the same write. */
public interface Disputes {

    Dispute save(Dispute dispute);

    Optional<Dispute> find(String id);

    DisputePage search(DisputeFilter filter, int page, int size);
}
