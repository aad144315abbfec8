package org.fengqiao.citizen.appointment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final Appointment.Snapshot BOOKED = new Appointment.Snapshot("appt-1", "CZ-1", "PA-01", OfferedService.ID_CARD,
            Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-01T01:30:00Z"), Appointment.Status.BOOKED,
            Instant.parse("2026-05-30T08:00:00Z"), null, null, null, null, null, 0L);

    @Test
    void one_event_in_utc_with_crlf_lines_no_longer_than_75_octets_and_escaped_text() {
        String ics = CalendarFile.of(BOOKED, "Old Mill Street Pre-Acceptance Point; east door", "21 Old Mill Street, 旧磨坊街二十一号，一楼东侧大厅服务窗口",
                Instant.parse("2026-05-30T08:00:05Z"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("\r\nUID:appt-1@citizen-service.fengqiao\r\n", "\r\nDTSTART:20260601T010000Z\r\n",
                "\r\nDTEND:20260601T013000Z\r\n", "\r\nDTSTAMP:20260530T080005Z\r\n", "\r\nSTATUS:CONFIRMED\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        assertThat(Arrays.stream(ics.split("\r\n"))).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("LOCATION:Old Mill Street Pre-Acceptance Point\\; east door\\, 21 Old Mill Street\\, 旧磨坊街二十一号，一楼东侧大厅服务窗口\r\n");
    }

    @Test
    void a_cancelled_appointment_is_written_cancelled() {
        Appointment.Snapshot cancelled = new Appointment.Snapshot("appt-1", "CZ-1", "PA-01", OfferedService.ID_CARD, BOOKED.slotStart(),
                BOOKED.slotEnd(), Appointment.Status.CANCELLED, BOOKED.bookedAt(), null, null, null, null, null, 1L);

        assertThat(CalendarFile.of(cancelled, "P", "A", Instant.parse("2026-05-31T00:00:00Z"))).contains("\r\nSTATUS:CANCELLED\r\n");
    }
}
