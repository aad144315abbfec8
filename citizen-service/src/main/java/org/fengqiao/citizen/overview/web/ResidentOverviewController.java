package org.fengqiao.citizen.overview.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fengqiao.citizen.appointment.application.Appointments;
import org.fengqiao.citizen.appointment.model.Appointment;
import org.fengqiao.citizen.lostfound.application.LostItems;
import org.fengqiao.citizen.lostfound.model.LostItem;
import org.fengqiao.citizen.request.application.ServiceRequests;
import org.fengqiao.citizen.request.application.ServiceRequestView;
import org.fengqiao.citizen.resident.application.ResidentAccess;
import org.fengqiao.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a resident's app shows them: their appointments, requests and lost items, in one read. */
@RestController
@Tag(name = "Residents", description = "A resident's own view across appointments, service requests and lost items")
class ResidentOverviewController {

    /** The resident's overview, newest first in each list (at most 50 of each); requests with personal data masked. */
    record Overview(String citizenRef, List<Appointment.Snapshot> appointments, List<ServiceRequestView> serviceRequests,
                    List<LostItem.Snapshot> lostItems) {
    }

    private static final int LIMIT = 50;

    private final Appointments appointments;
    private final ServiceRequests requests;
    private final LostItems lostItems;

    ResidentOverviewController(Appointments appointments, ServiceRequests requests, LostItems lostItems) {
        this.appointments = appointments;
        this.requests = requests;
        this.lostItems = lostItems;
    }

    @GetMapping("/api/v1/residents/{citizenRef}")
    @Operation(summary = "A resident's appointments, service requests and lost items")
    Overview overview(@PathVariable String citizenRef, Caller caller) {
        ResidentAccess.requireOwn(caller, citizenRef, "citizenRef");
        return new Overview(citizenRef, appointments.byCitizen(citizenRef, LIMIT).stream().map(Appointment::snapshot).toList(),
                requests.search(null, null, citizenRef, null, LIMIT).stream().map(ServiceRequestView::of).toList(),
                lostItems.byOwner(citizenRef, LIMIT).stream().map(LostItem::snapshot).toList());
    }
}
