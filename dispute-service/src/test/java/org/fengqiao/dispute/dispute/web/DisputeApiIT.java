package org.fengqiao.dispute.dispute.web;

import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dispute API over real HTTP, with a real Kafka broker and a MongoDB wire-protocol store in-process. */
class DisputeApiIT extends DisputeApiContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "dispute");
    }

    @Override
    protected String kafkaBrokers() {
        return EmbeddedInfrastructure.kafkaBrokers();
    }
}
