package org.fengqiao.citizen.request.application;

import java.util.Optional;

import org.fengqiao.citizen.request.model.EnterpriseIntake;

/** Where enterprise intake batches are kept. */
public interface EnterpriseIntakes {

    EnterpriseIntake save(EnterpriseIntake intake);

    Optional<EnterpriseIntake> find(String id);
}
