package org.fengqiao.citizen.appointment.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fengqiao.citizen.appointment.application.AppointmentDesk;
import org.fengqiao.citizen.appointment.application.Appointments;
import org.fengqiao.citizen.appointment.application.BookAppointment;
import org.fengqiao.citizen.appointment.model.Appointment;
import org.fengqiao.citizen.appointment.model.CalendarFile;
import org.fengqiao.citizen.servicepoint.application.ServicePoints;
import org.fengqiao.citizen.servicepoint.model.OfferedService;
import org.fengqiao.citizen.servicepoint.model.ServicePoint;
import org.fengqiao.events.citizen.AppointmentParty;
import org.fengqiao.kit.failure.NotFoundException;
import org.fengqiao.citizen.resident.application.ResidentAccess;
import org.fengqiao.security.Caller;
import org.fengqiao.kit.validation.PlausibleTime;
import org.fengqiao.kit.validation.References;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Online appointments at service points: free slots, booking, cancelling, the desk's record, a calendar file. */
@RestController
@Validated
@Tag(name = "Appointments", description = "Online appointments: slots with capacity, cancellation, the no-show rule, iCalendar files")
class AppointmentController {

    record BookRequest(@Schema(description = "the resident's reference; a resident leaves it out (it is theirs), the desk names the resident",
                               example = "CZ-20417") @Size(max = 64) @Pattern(regexp = References.PATTERN, message = References.MESSAGE) String citizenRef,
                       @Schema(example = "PA-01") @NotBlank @Size(max = 64) String servicePointId,
                       @Schema(example = "HOUSEHOLD_REGISTRATION") @NotNull OfferedService service,
                       @Schema(description = "the slot's start, from GET /api/v1/service-points/{id}/slots") @NotNull @PlausibleTime Instant slotStart) {
    }

    record CancelRequest(@Schema(description = "Deprecated: follows from who is signed in (a resident: CITIZEN, the desk: STATION)",
                                 deprecated = true) AppointmentParty by, @Size(max = 500) String reason) {
    }

    private final BookAppointment book;
    private final AppointmentDesk desk;
    private final Appointments appointments;
    private final ServicePoints servicePoints;
    private final Clock clock;

    AppointmentController(BookAppointment book, AppointmentDesk desk, Appointments appointments, ServicePoints servicePoints, Clock clock) {
        this.book = book;
        this.desk = desk;
        this.appointments = appointments;
        this.servicePoints = servicePoints;
        this.clock = clock;
    }

    @GetMapping("/api/v1/service-points/{id}/slots")
    @Operation(summary = "A point's slots for a service on a day (local date), with places left")
    List<BookAppointment.FreeSlot> slots(@PathVariable String id, @RequestParam OfferedService service, @RequestParam @PlausibleTime LocalDate date) {
        return book.slots(id, service, date);
    }

    @PostMapping("/api/v1/appointments")
    @Operation(summary = "Book an appointment", description = "Publishes AppointmentBooked (the resident hears a confirmation). "
            + "400 names a field that is wrong (unknown point, a service not booked online there, not a slot); 409 when the slot is "
            + "full, the resident already holds that slot, or their online booking is suspended by the no-show rule.")
    @ApiResponse(responseCode = "201", description = "Booked; Location names the appointment, its calendar file is at .../calendar.ics")
    ResponseEntity<Appointment.Snapshot> book(Caller caller, @Valid @RequestBody BookRequest r) {
        Appointment booked = book.book(ResidentAccess.citizenRefFor(caller, r.citizenRef(), "citizenRef"), r.servicePointId(), r.service(),
                r.slotStart());
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.snapshot().id())).body(booked.snapshot());
    }

    @GetMapping("/api/v1/appointments/{id}")
    @Operation(summary = "Read one appointment")
    Appointment.Snapshot get(@PathVariable String id, Caller caller) {
        return own(id, caller);
    }

    @GetMapping("/api/v1/appointments")
    @Operation(summary = "A resident's appointments, latest slot first")
    List<Appointment.Snapshot> byCitizen(@RequestParam(required = false) String citizenRef,
                                         @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit, Caller caller) {
        return appointments.byCitizen(ResidentAccess.citizenRefFor(caller, citizenRef, "citizenRef"), limit).stream().map(Appointment::snapshot).toList();
    }

    @PostMapping("/api/v1/appointments/{id}/cancel")
    @Operation(summary = "Cancel before the slot starts", description = "The place is free again; AppointmentCancelled is published.")
    Appointment.Snapshot cancel(@PathVariable String id, Caller caller, @Valid @RequestBody CancelRequest r) {
        return desk.cancel(id, caller, r.reason()).snapshot();
    }

    @PostMapping("/api/v1/appointments/{id}/attended")
    @Operation(summary = "The desk records that the resident came")
    Appointment.Snapshot attended(@PathVariable String id) {
        return desk.attended(id).snapshot();
    }

    @PostMapping("/api/v1/appointments/{id}/no-show")
    @Operation(summary = "The desk records a no-show after the slot ended",
            description = "Publishes AppointmentMissed; when the no-show rule is met it carries bookingSuspendedUntil and online booking "
                    + "is refused until then.")
    Appointment.Snapshot noShow(@PathVariable String id) {
        return desk.missed(id).snapshot();
    }

    @GetMapping(value = "/api/v1/appointments/{id}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "The appointment as an iCalendar (RFC 5545) file")
    ResponseEntity<String> calendar(@PathVariable String id, Caller caller) {
        Appointment.Snapshot a = own(id, caller);
        ServicePoint point = servicePoints.find(a.servicePointId()).orElseThrow(() -> new NotFoundException("service point", a.servicePointId()));
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"appointment-" + a.id() + ".ics\"")
                .body(CalendarFile.of(a, point.name(), point.address(), clock.instant()));
    }

    /** The appointment, if it is the caller's (staff: any). */
    private Appointment.Snapshot own(String id, Caller caller) {
        Appointment.Snapshot appointment = appointments.find(id).orElseThrow(() -> new NotFoundException("appointment", id)).snapshot();
        ResidentAccess.requireOwn(caller, appointment.citizenRef(), null);
        return appointment;
    }
}
