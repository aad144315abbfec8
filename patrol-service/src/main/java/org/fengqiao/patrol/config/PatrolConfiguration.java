package org.fengqiao.patrol.config;

import java.time.Duration;

import org.fengqiao.patrol.directory.application.DirectorySeed;
import org.fengqiao.patrol.directory.model.PatrolDirectory;
import org.fengqiao.patrol.shift.model.CheckInPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
class PatrolConfiguration {

    @Bean
    DirectorySeed.Seed patrolSeed() {
        return DirectorySeed.load();
    }

    @Bean
    CheckInPolicy checkInPolicy(@Value("${patrol.check-in.max-distance-metres}") int maxDistanceMetres,
                                @Value("${patrol.check-in.max-clock-skew}") Duration maxClockSkew) {
        return new CheckInPolicy(maxDistanceMetres, maxClockSkew);
    }

    @Bean
    PatrolDirectory patrolDirectory(DirectorySeed.Seed seed) {
        return seed.directory();
    }
}
