package org.fengqiao.citizen.visit.persistence;

import java.time.Clock;

import org.fengqiao.citizen.visit.application.HomeVisitOperations;
import org.fengqiao.kit.recovery.UnfinishedOperations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The home visits being stored with their door-to-door requests, in collection {@code home_visit_operations}. */
@Configuration
class HomeVisitOperationsStore {

    @Bean
    HomeVisitOperations homeVisitOperations(MongoTemplate mongo, Clock clock) {
        return new HomeVisitOperations(new UnfinishedOperations(mongo, "home_visit_operations", clock));
    }
}
