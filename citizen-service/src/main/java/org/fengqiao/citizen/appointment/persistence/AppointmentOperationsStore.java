package org.fengqiao.citizen.appointment.persistence;

import java.time.Clock;

import org.fengqiao.citizen.appointment.application.AppointmentOperations;
import org.fengqiao.kit.recovery.UnfinishedOperations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The bookings and cancellations under way, in collection {@code appointment_operations}. */
@Configuration
class AppointmentOperationsStore {

    @Bean
    AppointmentOperations appointmentOperations(MongoTemplate mongo, Clock clock) {
        return new AppointmentOperations(new UnfinishedOperations(mongo, "appointment_operations", clock));
    }
}
