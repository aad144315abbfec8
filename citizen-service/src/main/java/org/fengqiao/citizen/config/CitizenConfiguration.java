package org.fengqiao.citizen.config;

import java.time.Duration;
import java.time.ZoneId;

import org.fengqiao.citizen.appointment.model.NoShowRule;
import org.fengqiao.citizen.appointment.model.SlotPlan;
import org.fengqiao.kit.persistence.CountedRecords;
import org.fengqiao.kit.persistence.DayCounters;
import org.fengqiao.kit.recovery.UnfinishedOperations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
class CitizenConfiguration {

    @Bean
    SlotPlan slotPlan(@Value("${citizen.appointments.slot-length}") Duration slotLength,
                      @Value("${citizen.appointments.horizon}") Duration horizon, @Value("${citizen.zone}") ZoneId zone) {
        return new SlotPlan(slotLength, horizon, zone);
    }

    /** The station's day counters behind the tallies, one document per local date. */
    /**
     * The operations that write more than one document while they run (bookings, cancellations,
     * home visits with door-to-door requests, enterprise batches), in {@code operations_under_way}.
     */
    @Bean
    UnfinishedOperations unfinishedOperations(MongoTemplate mongo, java.time.Clock clock) {
        return new UnfinishedOperations(mongo, "operations_under_way", clock);
    }

    @Bean
    DayCounters tallyDays(MongoTemplate mongo, @Value("${citizen.zone}") ZoneId zone) {
        return new DayCounters(mongo, "tally_days", zone);
    }

    /** The records counted into them (home visits, appointments, requests, ...), each once. */
    @Bean
    CountedRecords countedRecords(MongoTemplate mongo, DayCounters tallyDays) {
        return new CountedRecords(mongo, tallyDays);
    }

    @Bean
    NoShowRule noShowRule(@Value("${citizen.appointments.no-show.max}") int max, @Value("${citizen.appointments.no-show.window}") Duration window,
                          @Value("${citizen.appointments.no-show.suspension}") Duration suspension) {
        return new NoShowRule(max, window, suspension);
    }
}
