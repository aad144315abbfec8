package org.fengqiao.events.citizen;

import org.fengqiao.events.PlatformEvent;

/** Events published on {@code citizen.events}. They carry references, never personal data. */
public sealed interface CitizenEvent extends PlatformEvent permits ServicePointRegistered, HomeVisitFindingHandedOverAsDispute,
        AppointmentBooked, AppointmentCancelled, AppointmentReminderDue, AppointmentMissed, ServiceRequestOpened,
        DoorToDoorVisitScheduled, ServiceRequestReady, ServiceRequestCompleted, SafetyHazardFound, AntiFraudWarningIssued,
        LostItemAwaitingOwner, LostItemReturned, LostItemDisposed {
}
