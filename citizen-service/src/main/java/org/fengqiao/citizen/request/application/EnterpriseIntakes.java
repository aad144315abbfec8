package org.fengqiao.citizen.request.application;

import java.time.Instant;
import java.util.Optional;

import org.fengqiao.citizen.request.model.EnterpriseIntake;

/** Where enterprise intake batches are kept. */
public interface EnterpriseIntakes {

    EnterpriseIntake save(EnterpriseIntake intake);

    Optional<EnterpriseIntake> find(String id);

    /** Batches collected in [from, to). */
    long countCollected(Instant from, Instant to);
}
