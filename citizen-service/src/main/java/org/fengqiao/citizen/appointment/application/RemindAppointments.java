package org.fengqiao.citizen.appointment.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fengqiao.citizen.appointment.model.Appointment;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds residents of their appointments: once an appointment starts within the lead time (a
 * day by default) and has not been reminded, {@code AppointmentReminderDue} is raised for it,
 * once. A conflicting write (the resident cancelling at that moment) is left for the next round.
 */
@Component
public class RemindAppointments {

    private static final Logger log = LoggerFactory.getLogger(RemindAppointments.class);

    private final Appointments appointments;
    private final ServicePoints servicePoints;
    private final Duration lead;
    private final Clock clock;
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(2);
    private final org.fengqiao.kit.persistence.DueWatch watch = new org.fengqiao.kit.persistence.DueWatch(FIRST_LOOK_BACK);

    public RemindAppointments(Appointments appointments, ServicePoints servicePoints,
                              @Value("${citizen.appointments.reminder-lead}") Duration lead, Clock clock) {
        this.appointments = appointments;
        this.servicePoints = servicePoints;
        this.lead = lead;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${citizen.appointments.reminder-check-interval}",
            initialDelayString = "${citizen.appointments.reminder-check-interval}")
    public int remindDue() {
        int reminded = 0;
        Instant now = clock.instant();
        java.util.Set<String> due = watch.due(now, () -> appointments.dueForReminder(now, now.plus(lead), 200).stream()
                .map(a -> a.snapshot().id()).toList(), appointments::reminderDueBetween);
        for (String id : due) {
            Appointment appointment = appointments.find(id).orElse(null);
            if (appointment == null || !appointment.snapshot().slotStart().isAfter(now)) {
                continue;
            }
            try {
                if (appointment.remind(servicePoints.nameOf(appointment.snapshot().servicePointId()), clock.instant())) {
                    appointments.save(appointment);
                    reminded++;
                }
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                log.debug("appointment {} changed while being reminded; next round", appointment.snapshot().id());
            }
        }
        return reminded;
    }
}
