package org.fengqiao.citizen.servicepoint.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.fengqiao.kit.test.ContainerInfrastructure;

/**
 * The same contract against real MongoDB and Apache Kafka images. Runs wherever Docker is
 * available; skipped (not failed) where it is not.
 */
@Testcontainers(disabledWithoutDocker = true)
class ServicePointApiContainersIT extends ServicePointApiContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.register(registry, "citizen");
    }

    @Override
    protected String kafkaBrokers() {
        return ContainerInfrastructure.kafkaBrokers();
    }
}
