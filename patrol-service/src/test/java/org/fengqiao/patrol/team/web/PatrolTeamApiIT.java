package org.fengqiao.patrol.team.web;

import org.fengqiao.kit.test.EmbeddedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The patrol team API over real HTTP, with a real Kafka broker and a MongoDB wire-protocol store in-process. */
class PatrolTeamApiIT extends PatrolTeamApiContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "patrol");
    }

    @Override
    protected String kafkaBrokers() {
        return EmbeddedInfrastructure.kafkaBrokers();
    }
}
