package org.fengqiao.citizen.appointment.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An appointment as an iCalendar file (RFC 5545) a resident adds to their phone's calendar: one
 * VEVENT in UTC with the service point as location, lines ended by CRLF and folded at 75 octets,
 * text values escaped. A cancelled appointment is written with STATUS:CANCELLED so that calendars
 * that imported it drop it.
 */
public final class CalendarFile {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarFile() {
    }

    public static String of(Appointment.Snapshot appointment, String servicePointName, String servicePointAddress, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Fengqiao platform//citizen-service//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + appointment.id() + "@citizen-service.fengqiao");
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(appointment.slotStart()));
        line(out, "DTEND:" + UTC.format(appointment.slotEnd()));
        line(out, "SUMMARY:" + text("Appointment: " + appointment.service() + " at " + servicePointName));
        line(out, "LOCATION:" + text(servicePointName + ", " + servicePointAddress));
        line(out, "DESCRIPTION:" + text("Booking " + appointment.id() + ". Bring your ID card or household register. "
                + "Cancel in the app if you cannot come: repeated no-shows suspend online booking for a while."));
        line(out, "STATUS:" + (appointment.status() == Appointment.Status.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line folded so no line is longer than 75 octets (RFC 5545, 3.1), never splitting a character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
