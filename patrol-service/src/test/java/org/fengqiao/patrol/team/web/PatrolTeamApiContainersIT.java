package org.fengqiao.patrol.team.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.fengqiao.kit.test.ContainerInfrastructure;

/**
 * The same contract against real MongoDB and Apache Kafka images. Runs wherever Docker is
 * available; skipped (not failed) where it is not.
 */
@Testcontainers(disabledWithoutDocker = true)
class PatrolTeamApiContainersIT extends PatrolTeamApiContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.register(registry, "patrol");
    }

    @Override
    protected String kafkaBrokers() {
        return ContainerInfrastructure.kafkaBrokers();
    }
}
