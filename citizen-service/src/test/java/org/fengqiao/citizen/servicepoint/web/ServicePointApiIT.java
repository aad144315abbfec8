package org.fengqiao.citizen.servicepoint.web;

import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service point API over real HTTP, with a real Kafka broker and a MongoDB wire-protocol store in-process. */
class ServicePointApiIT extends ServicePointApiContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "citizen");
    }

    @Override
    protected String kafkaBrokers() {
        return EmbeddedInfrastructure.kafkaBrokers();
    }
}
