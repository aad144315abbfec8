package org.fengqiao.citizen.appointment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.fengqiao.citizen.appointment.model.AppointmentChanged.AppointmentBooked;
import org.fengqiao.citizen.appointment.model.AppointmentChanged.AppointmentMissed;
import org.fengqiao.citizen.appointment.model.AppointmentChanged.AppointmentReminderDue;

import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.OpeningPeriod;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.events.citizen.AppointmentParty;
import org.fengqiao.events.citizen.ServicePointType;
import org.fengqiao.kit.failure.RuleViolatedException;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final SlotPlan PLAN = new SlotPlan(Duration.ofMinutes(30), Duration.ofDays(60), ZONE);
    /** A Monday, 09:00 in the station's zone. */
    static final Instant MONDAY_9 = LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZONE).toInstant();
    static final ServicePoint POINT = ServicePoint.register("PA-01", "Old Mill Street Community Pre-Acceptance Point",
            ServicePointType.PRE_ACCEPTANCE_POINT, "21 Old Mill Street", false, List.of(OfferedService.HOUSEHOLD_REGISTRATION),
            List.of(new OpeningPeriod(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(8, 30), LocalTime.of(12, 0)),
                    new OpeningPeriod(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(13, 30), LocalTime.of(17, 0))), 2, MONDAY_9);
    static final NoShowRule RULE = new NoShowRule(2, Duration.ofDays(30), Duration.ofDays(30));

    private static Appointment booked(Instant slotStart, Instant now) {
        Slot slot = PLAN.slotAt(POINT, OfferedService.HOUSEHOLD_REGISTRATION, slotStart).orElseThrow();
        return Appointment.book("a-1", "CZ-1", "PA-01", "Old Mill Street Community Pre-Acceptance Point", OfferedService.HOUSEHOLD_REGISTRATION,
                slot, now);
    }

    @Test
    void slots_are_cut_from_the_opening_hours_in_the_stations_zone() {
        List<Slot> monday = PLAN.slotsOn(POINT, OfferedService.HOUSEHOLD_REGISTRATION, LocalDate.of(2026, 6, 1));

        assertThat(monday).hasSize(14);
        assertThat(monday.get(0).start()).isEqualTo(LocalDate.of(2026, 6, 1).atTime(8, 30).atZone(ZONE).toInstant());
        assertThat(monday.get(6).end()).isEqualTo(LocalDate.of(2026, 6, 1).atTime(12, 0).atZone(ZONE).toInstant());
        assertThat(monday.get(7).start()).isEqualTo(LocalDate.of(2026, 6, 1).atTime(13, 30).atZone(ZONE).toInstant());
        assertThat(PLAN.slotsOn(POINT, OfferedService.HOUSEHOLD_REGISTRATION, LocalDate.of(2026, 6, 6))).as("closed on Saturday").isEmpty();
        assertThat(PLAN.slotAt(POINT, OfferedService.HOUSEHOLD_REGISTRATION, MONDAY_9.plusSeconds(600))).as("off the half-hour grid").isEmpty();
        assertThat(PLAN.slotAt(POINT, OfferedService.HOUSEHOLD_REGISTRATION, MONDAY_9.plus(Duration.ofHours(3)))).as("lunch").isEmpty();
        ServicePoint allDay = ServicePoint.register("SC-9", "All-day desk", ServicePointType.SERVICE_CENTRE, "1 Square", true,
                List.of(OfferedService.ID_CARD), List.of(), 1, MONDAY_9);
        assertThat(PLAN.slotsOn(allDay, OfferedService.ID_CARD, LocalDate.of(2026, 6, 1))).as("the 23:30 slot included").hasSize(48);
    }

    @Test
    void a_booking_is_confirmed_reminded_once_and_cancelled_only_before_it_starts() {
        Appointment a = booked(MONDAY_9, MONDAY_9.minus(Duration.ofDays(3)));
        assertThat(a.raisedEvents()).singleElement().isInstanceOf(AppointmentBooked.class);

        assertThat(a.remind("Old Mill Street Community Pre-Acceptance Point", MONDAY_9.minus(Duration.ofHours(20)))).isTrue();
        assertThat(a.remind("Old Mill Street Community Pre-Acceptance Point", MONDAY_9.minus(Duration.ofHours(19)))).isFalse();
        assertThat(a.raisedEvents()).filteredOn(AppointmentReminderDue.class::isInstance).hasSize(1);

        assertThatThrownBy(() -> a.cancel(AppointmentParty.CITIZEN, null, MONDAY_9)).isInstanceOf(RuleViolatedException.class);
        a.cancel(AppointmentParty.CITIZEN, "Ill", MONDAY_9.minusSeconds(60));
        assertThat(a.snapshot().status()).isEqualTo(Appointment.Status.CANCELLED);
        assertThatThrownBy(() -> a.attend(MONDAY_9)).isInstanceOf(RuleViolatedException.class);
    }

    @Test
    void the_second_no_show_within_the_window_suspends_online_booking_from_when_it_is_recorded() {
        Instant recorded = MONDAY_9.plus(Duration.ofHours(2));
        Appointment first = booked(MONDAY_9, MONDAY_9.minus(Duration.ofDays(1)));
        assertThatThrownBy(() -> first.miss(RULE, List.of(), MONDAY_9.plusSeconds(60))).as("before the slot ended")
                .isInstanceOf(RuleViolatedException.class);
        first.miss(RULE, List.of(), recorded);
        assertThat(first.snapshot().bookingSuspendedUntil()).isNull();

        Appointment second = booked(MONDAY_9, MONDAY_9.minus(Duration.ofDays(1)));
        second.miss(RULE, List.of(MONDAY_9.minus(Duration.ofDays(29))), recorded);
        AppointmentMissed missed = (AppointmentMissed) second.raisedEvents().get(1);
        assertThat(missed.noShowsInWindow()).isEqualTo(2);
        assertThat(missed.bookingSuspendedUntil()).isEqualTo(recorded.plus(Duration.ofDays(30)));

        Appointment third = booked(MONDAY_9, MONDAY_9.minus(Duration.ofDays(1)));
        third.miss(RULE, List.of(MONDAY_9.minus(Duration.ofDays(31))), recorded);
        assertThat(third.snapshot().bookingSuspendedUntil()).as("the earlier no-show lies outside the window").isNull();

        Appointment recordedLate = booked(MONDAY_9, MONDAY_9.minus(Duration.ofDays(1)));
        recordedLate.miss(RULE, List.of(MONDAY_9.plus(Duration.ofDays(2))), recorded.plus(Duration.ofDays(3)));
        assertThat(recordedLate.snapshot().bookingSuspendedUntil()).as("a later no-show the desk recorded first counts too")
                .isEqualTo(recorded.plus(Duration.ofDays(33)));
    }
}
