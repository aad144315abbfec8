package org.fengqiao.citizen.contract;

import java.util.List;

import org.fengqiao.citizen.appointment.model.AppointmentChanged;
import org.fengqiao.citizen.lostfound.model.LostItemChanged;
import org.fengqiao.citizen.request.model.ServiceRequestChanged;
import org.fengqiao.citizen.servicepoint.model.ServicePointChanged;
import org.fengqiao.citizen.visit.model.HomeVisitChanged;
import org.fengqiao.events.citizen.AntiFraudWarningIssued;
import org.fengqiao.events.citizen.AppointmentBooked;
import org.fengqiao.events.citizen.AppointmentCancelled;
import org.fengqiao.events.citizen.AppointmentMissed;
import org.fengqiao.events.citizen.AppointmentReminderDue;
import org.fengqiao.events.citizen.CitizenEvent;
import org.fengqiao.events.citizen.DoorToDoorVisitScheduled;
import org.fengqiao.events.citizen.HomeVisitFindingHandedOverAsDispute;
import org.fengqiao.events.citizen.LostItemAwaitingOwner;
import org.fengqiao.events.citizen.LostItemDisposed;
import org.fengqiao.events.citizen.LostItemReturned;
import org.fengqiao.events.citizen.SafetyHazardFound;
import org.fengqiao.events.citizen.ServicePointRegistered;
import org.fengqiao.events.citizen.ServiceRequestCompleted;
import org.fengqiao.events.citizen.ServiceRequestOpened;
import org.fengqiao.events.citizen.ServiceRequestReady;
import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.outbox.Contract;
import org.springframework.stereotype.Component;

/**
 * citizen-service's published language: each of its features' events as the {@code citizen.events}
 * record (v1) of the same name, its time field the domain event's {@code occurredAt} (for a home
 * visit's findings {@code recordedAt}: when the visit was logged). The features' repositories are
 * handed it as the kit's {@code Contract<DomainEvent>}, so no feature depends on this package.
 */
@Component
public class CitizenContract implements Contract<DomainEvent> {

    @Override
    public List<CitizenEvent> publish(DomainEvent event) {
        return List.of(record(event));
    }

    static CitizenEvent record(DomainEvent event) {
        if (event instanceof AppointmentChanged.AppointmentBooked e) {
            return new AppointmentBooked(e.appointmentId(), e.citizenRef(), e.servicePointId(), e.servicePointName(), e.service(),
                    e.slotStart(), e.slotEnd(), e.occurredAt());
        } else if (event instanceof AppointmentChanged.AppointmentCancelled e) {
            return new AppointmentCancelled(e.appointmentId(), e.citizenRef(), e.servicePointId(), e.slotStart(), e.cancelledBy(),
                    e.reason(), e.occurredAt());
        } else if (event instanceof AppointmentChanged.AppointmentMissed e) {
            return new AppointmentMissed(e.appointmentId(), e.citizenRef(), e.servicePointId(), e.slotStart(), e.noShowsInWindow(),
                    e.bookingSuspendedUntil(), e.occurredAt());
        } else if (event instanceof AppointmentChanged.AppointmentReminderDue e) {
            return new AppointmentReminderDue(e.appointmentId(), e.citizenRef(), e.servicePointId(), e.servicePointName(), e.service(),
                    e.slotStart(), e.occurredAt());
        } else if (event instanceof LostItemChanged.LostItemAwaitingOwner e) {
            return new LostItemAwaitingOwner(e.itemId(), e.ownerRef(), e.itemKind(), e.servicePointId(), e.servicePointName(),
                    e.keptUntil(), e.occurredAt());
        } else if (event instanceof LostItemChanged.LostItemReturned e) {
            return new LostItemReturned(e.itemId(), e.ownerRef(), e.servicePointId(), e.occurredAt());
        } else if (event instanceof LostItemChanged.LostItemDisposed e) {
            return new LostItemDisposed(e.itemId(), e.itemKind(), e.servicePointId(), e.heldSince(), e.occurredAt());
        } else if (event instanceof ServiceRequestChanged.ServiceRequestOpened e) {
            return new ServiceRequestOpened(e.requestId(), e.kind(), e.channel(), e.citizenRef(), e.notifyRef(), e.servicePointId(),
                    e.gridCellId(), e.batchId(), e.originVisitId(), e.occurredAt());
        } else if (event instanceof ServiceRequestChanged.DoorToDoorVisitScheduled e) {
            return new DoorToDoorVisitScheduled(e.requestId(), e.citizenRef(), e.notifyRef(), e.officerId(), e.scheduledFor(),
                    e.occurredAt());
        } else if (event instanceof ServiceRequestChanged.ServiceRequestReady e) {
            return new ServiceRequestReady(e.requestId(), e.kind(), e.channel(), e.citizenRef(), e.notifyRef(), e.servicePointId(),
                    e.servicePointName(), e.handOver(), e.occurredAt());
        } else if (event instanceof ServiceRequestChanged.ServiceRequestCompleted e) {
            return new ServiceRequestCompleted(e.requestId(), e.kind(), e.channel(), e.citizenRef(), e.notifyRef(), e.handOver(),
                    e.occurredAt());
        } else if (event instanceof ServicePointChanged.ServicePointRegistered e) {
            return new ServicePointRegistered(e.servicePointId(), e.name(), e.type(), e.address(), e.roundTheClock(), e.services(),
                    e.occurredAt());
        } else if (event instanceof HomeVisitChanged.HomeVisitFindingHandedOverAsDispute e) {
            return new HomeVisitFindingHandedOverAsDispute(e.visitId(), e.findingId(), e.dispute(), e.occurredAt());
        } else if (event instanceof HomeVisitChanged.SafetyHazardFound e) {
            return new SafetyHazardFound(e.visitId(), e.findingId(), e.gridCellId(), e.officerId(), e.description(), e.foundAt(),
                    e.occurredAt());
        } else if (event instanceof HomeVisitChanged.AntiFraudWarningIssued e) {
            return new AntiFraudWarningIssued(e.visitId(), e.findingId(), e.gridCellId(), e.householdRef(), e.officerId(),
                    e.description(), e.issuedAt(), e.occurredAt());
        }
        throw new IllegalArgumentException("no published record for " + event.getClass().getName());
    }
}
