package org.fengqiao.citizen.config;

import java.time.Duration;
import java.time.ZoneId;

import org.fengqiao.citizen.appointment.model.NoShowRule;
import org.fengqiao.citizen.appointment.model.SlotPlan;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
class CitizenConfiguration {

    @Bean
    SlotPlan slotPlan(@Value("${citizen.appointments.slot-length}") Duration slotLength,
                      @Value("${citizen.appointments.horizon}") Duration horizon, @Value("${citizen.zone}") ZoneId zone) {
        return new SlotPlan(slotLength, horizon, zone);
    }

    @Bean
    NoShowRule noShowRule(@Value("${citizen.appointments.no-show.max}") int max, @Value("${citizen.appointments.no-show.window}") Duration window,
                          @Value("${citizen.appointments.no-show.suspension}") Duration suspension) {
        return new NoShowRule(max, window, suspension);
    }
}
