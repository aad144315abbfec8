package org.fengqiao.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.events.citizen.AntiFraudWarningIssued;
import org.fengqiao.events.citizen.AppointmentBooked;
import org.fengqiao.events.citizen.AppointmentCancelled;
import org.fengqiao.events.citizen.AppointmentMissed;
import org.fengqiao.events.citizen.AppointmentReminderDue;
import org.fengqiao.events.citizen.DoorToDoorVisitScheduled;
import org.fengqiao.events.citizen.HomeVisitFindingHandedOverAsDispute;
import org.fengqiao.events.citizen.LostItemAwaitingOwner;
import org.fengqiao.events.citizen.LostItemDisposed;
import org.fengqiao.events.citizen.LostItemReturned;
import org.fengqiao.events.citizen.SafetyHazardFound;
import org.fengqiao.events.citizen.ServiceRequestCompleted;
import org.fengqiao.events.citizen.ServiceRequestOpened;
import org.fengqiao.events.citizen.ServiceRequestReady;
import org.fengqiao.events.citizen.ServicePointRegistered;
import org.fengqiao.events.dispute.DisputeAssigned;
import org.fengqiao.events.dispute.DisputeAwaitingParty;
import org.fengqiao.events.dispute.DisputeClosed;
import org.fengqiao.events.dispute.DisputeDeadlineApproaching;
import org.fengqiao.events.dispute.DisputeDeadlinePassed;
import org.fengqiao.events.dispute.DisputeEscalated;
import org.fengqiao.events.dispute.DisputeReopened;
import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.dispute.DisputeResolved;
import org.fengqiao.events.dispute.DisputeResumed;
import org.fengqiao.events.dispute.DisputeRiskLowered;
import org.fengqiao.events.dispute.DisputeRiskRaised;
import org.fengqiao.events.dispute.DisputeTriaged;
import org.fengqiao.events.dispute.JointMediationAcknowledged;
import org.fengqiao.events.dispute.JointMediationInvited;
import org.fengqiao.events.dispute.JointMediationReminded;
import org.fengqiao.events.dispute.JointMediationUnanswered;
import org.fengqiao.events.dispute.MediationSessionRecorded;
import org.fengqiao.events.notification.NotificationAcknowledged;
import org.fengqiao.events.notification.NotificationDelivered;
import org.fengqiao.events.notification.NotificationFailed;
import org.fengqiao.events.notification.NotificationSent;
import org.fengqiao.events.patrol.CheckInFlagged;
import org.fengqiao.events.patrol.IncidentAcknowledged;
import org.fengqiao.events.patrol.IncidentClosed;
import org.fengqiao.events.patrol.IncidentHandedOverAsDispute;
import org.fengqiao.events.patrol.IncidentReported;
import org.fengqiao.events.patrol.IncidentTaskAssigned;
import org.fengqiao.events.patrol.IncidentTaskReported;
import org.fengqiao.events.patrol.OrderMaintenanceDutyAssigned;
import org.fengqiao.events.patrol.OrderMaintenanceDutyLifted;
import org.fengqiao.events.patrol.PatrolTeamRegistered;
import org.fengqiao.events.patrol.ShiftEndedWithMissedCheckpoints;
import org.fengqiao.events.patrol.ShiftMissed;
import org.fengqiao.events.patrol.TeamAssessedBelowThreshold;

/**
 * Every event type the platform publishes. A type not listed here is unknown to consumers and is
 * dead-lettered.
 */
public final class EventCatalog {

    public static final EventType<DisputeReported> DISPUTE_REPORTED =
            new EventType<>("DisputeReported", Topics.DISPUTE_EVENTS, 1, DisputeReported.class);
    public static final EventType<DisputeTriaged> DISPUTE_TRIAGED =
            new EventType<>("DisputeTriaged", Topics.DISPUTE_EVENTS, 1, DisputeTriaged.class);
    public static final EventType<DisputeAssigned> DISPUTE_ASSIGNED =
            new EventType<>("DisputeAssigned", Topics.DISPUTE_EVENTS, 1, DisputeAssigned.class);
    public static final EventType<MediationSessionRecorded> MEDIATION_SESSION_RECORDED =
            new EventType<>("MediationSessionRecorded", Topics.DISPUTE_EVENTS, 1, MediationSessionRecorded.class);
    public static final EventType<DisputeEscalated> DISPUTE_ESCALATED =
            new EventType<>("DisputeEscalated", Topics.DISPUTE_EVENTS, 1, DisputeEscalated.class);
    public static final EventType<DisputeResolved> DISPUTE_RESOLVED =
            new EventType<>("DisputeResolved", Topics.DISPUTE_EVENTS, 1, DisputeResolved.class);
    public static final EventType<DisputeClosed> DISPUTE_CLOSED =
            new EventType<>("DisputeClosed", Topics.DISPUTE_EVENTS, 1, DisputeClosed.class);
    public static final EventType<DisputeReopened> DISPUTE_REOPENED =
            new EventType<>("DisputeReopened", Topics.DISPUTE_EVENTS, 1, DisputeReopened.class);
    public static final EventType<DisputeRiskRaised> DISPUTE_RISK_RAISED =
            new EventType<>("DisputeRiskRaised", Topics.DISPUTE_EVENTS, 1, DisputeRiskRaised.class);
    public static final EventType<DisputeRiskLowered> DISPUTE_RISK_LOWERED =
            new EventType<>("DisputeRiskLowered", Topics.DISPUTE_EVENTS, 1, DisputeRiskLowered.class);
    public static final EventType<DisputeDeadlineApproaching> DISPUTE_DEADLINE_APPROACHING =
            new EventType<>("DisputeDeadlineApproaching", Topics.DISPUTE_EVENTS, 1, DisputeDeadlineApproaching.class);
    public static final EventType<DisputeDeadlinePassed> DISPUTE_DEADLINE_PASSED =
            new EventType<>("DisputeDeadlinePassed", Topics.DISPUTE_EVENTS, 1, DisputeDeadlinePassed.class);
    public static final EventType<DisputeAwaitingParty> DISPUTE_AWAITING_PARTY =
            new EventType<>("DisputeAwaitingParty", Topics.DISPUTE_EVENTS, 1, DisputeAwaitingParty.class);
    public static final EventType<DisputeResumed> DISPUTE_RESUMED =
            new EventType<>("DisputeResumed", Topics.DISPUTE_EVENTS, 1, DisputeResumed.class);
    public static final EventType<JointMediationInvited> JOINT_MEDIATION_INVITED =
            new EventType<>("JointMediationInvited", Topics.DISPUTE_EVENTS, 1, JointMediationInvited.class);
    public static final EventType<JointMediationAcknowledged> JOINT_MEDIATION_ACKNOWLEDGED =
            new EventType<>("JointMediationAcknowledged", Topics.DISPUTE_EVENTS, 1, JointMediationAcknowledged.class);
    public static final EventType<JointMediationReminded> JOINT_MEDIATION_REMINDED =
            new EventType<>("JointMediationReminded", Topics.DISPUTE_EVENTS, 1, JointMediationReminded.class);
    public static final EventType<JointMediationUnanswered> JOINT_MEDIATION_UNANSWERED =
            new EventType<>("JointMediationUnanswered", Topics.DISPUTE_EVENTS, 1, JointMediationUnanswered.class);
    public static final EventType<PatrolTeamRegistered> PATROL_TEAM_REGISTERED =
            new EventType<>("PatrolTeamRegistered", Topics.PATROL_EVENTS, 1, PatrolTeamRegistered.class);
    public static final EventType<IncidentReported> INCIDENT_REPORTED =
            new EventType<>("IncidentReported", Topics.PATROL_EVENTS, 1, IncidentReported.class);
    public static final EventType<IncidentAcknowledged> INCIDENT_ACKNOWLEDGED =
            new EventType<>("IncidentAcknowledged", Topics.PATROL_EVENTS, 1, IncidentAcknowledged.class);
    public static final EventType<IncidentTaskAssigned> INCIDENT_TASK_ASSIGNED =
            new EventType<>("IncidentTaskAssigned", Topics.PATROL_EVENTS, 1, IncidentTaskAssigned.class);
    public static final EventType<IncidentTaskReported> INCIDENT_TASK_REPORTED =
            new EventType<>("IncidentTaskReported", Topics.PATROL_EVENTS, 1, IncidentTaskReported.class);
    public static final EventType<IncidentClosed> INCIDENT_CLOSED =
            new EventType<>("IncidentClosed", Topics.PATROL_EVENTS, 1, IncidentClosed.class);
    public static final EventType<OrderMaintenanceDutyAssigned> ORDER_MAINTENANCE_DUTY_ASSIGNED =
            new EventType<>("OrderMaintenanceDutyAssigned", Topics.PATROL_EVENTS, 1, OrderMaintenanceDutyAssigned.class);
    public static final EventType<OrderMaintenanceDutyLifted> ORDER_MAINTENANCE_DUTY_LIFTED =
            new EventType<>("OrderMaintenanceDutyLifted", Topics.PATROL_EVENTS, 1, OrderMaintenanceDutyLifted.class);
    public static final EventType<CheckInFlagged> CHECK_IN_FLAGGED =
            new EventType<>("CheckInFlagged", Topics.PATROL_EVENTS, 1, CheckInFlagged.class);
    public static final EventType<ShiftMissed> SHIFT_MISSED =
            new EventType<>("ShiftMissed", Topics.PATROL_EVENTS, 1, ShiftMissed.class);
    public static final EventType<ShiftEndedWithMissedCheckpoints> SHIFT_ENDED_WITH_MISSED_CHECKPOINTS =
            new EventType<>("ShiftEndedWithMissedCheckpoints", Topics.PATROL_EVENTS, 1, ShiftEndedWithMissedCheckpoints.class);
    public static final EventType<TeamAssessedBelowThreshold> TEAM_ASSESSED_BELOW_THRESHOLD =
            new EventType<>("TeamAssessedBelowThreshold", Topics.PATROL_EVENTS, 1, TeamAssessedBelowThreshold.class);
    public static final EventType<IncidentHandedOverAsDispute> INCIDENT_HANDED_OVER_AS_DISPUTE =
            new EventType<>("IncidentHandedOverAsDispute", Topics.PATROL_EVENTS, 1, IncidentHandedOverAsDispute.class);
    public static final EventType<HomeVisitFindingHandedOverAsDispute> HOME_VISIT_FINDING_HANDED_OVER_AS_DISPUTE =
            new EventType<>("HomeVisitFindingHandedOverAsDispute", Topics.CITIZEN_EVENTS, 1, HomeVisitFindingHandedOverAsDispute.class);
    public static final EventType<ServicePointRegistered> SERVICE_POINT_REGISTERED =
            new EventType<>("ServicePointRegistered", Topics.CITIZEN_EVENTS, 1, ServicePointRegistered.class);
    public static final EventType<AppointmentBooked> APPOINTMENT_BOOKED =
            new EventType<>("AppointmentBooked", Topics.CITIZEN_EVENTS, 1, AppointmentBooked.class);
    public static final EventType<AppointmentCancelled> APPOINTMENT_CANCELLED =
            new EventType<>("AppointmentCancelled", Topics.CITIZEN_EVENTS, 1, AppointmentCancelled.class);
    public static final EventType<AppointmentReminderDue> APPOINTMENT_REMINDER_DUE =
            new EventType<>("AppointmentReminderDue", Topics.CITIZEN_EVENTS, 1, AppointmentReminderDue.class);
    public static final EventType<AppointmentMissed> APPOINTMENT_MISSED =
            new EventType<>("AppointmentMissed", Topics.CITIZEN_EVENTS, 1, AppointmentMissed.class);
    public static final EventType<ServiceRequestOpened> SERVICE_REQUEST_OPENED =
            new EventType<>("ServiceRequestOpened", Topics.CITIZEN_EVENTS, 1, ServiceRequestOpened.class);
    public static final EventType<DoorToDoorVisitScheduled> DOOR_TO_DOOR_VISIT_SCHEDULED =
            new EventType<>("DoorToDoorVisitScheduled", Topics.CITIZEN_EVENTS, 1, DoorToDoorVisitScheduled.class);
    public static final EventType<ServiceRequestReady> SERVICE_REQUEST_READY =
            new EventType<>("ServiceRequestReady", Topics.CITIZEN_EVENTS, 1, ServiceRequestReady.class);
    public static final EventType<ServiceRequestCompleted> SERVICE_REQUEST_COMPLETED =
            new EventType<>("ServiceRequestCompleted", Topics.CITIZEN_EVENTS, 1, ServiceRequestCompleted.class);
    public static final EventType<SafetyHazardFound> SAFETY_HAZARD_FOUND =
            new EventType<>("SafetyHazardFound", Topics.CITIZEN_EVENTS, 1, SafetyHazardFound.class);
    public static final EventType<AntiFraudWarningIssued> ANTI_FRAUD_WARNING_ISSUED =
            new EventType<>("AntiFraudWarningIssued", Topics.CITIZEN_EVENTS, 1, AntiFraudWarningIssued.class);
    public static final EventType<LostItemAwaitingOwner> LOST_ITEM_AWAITING_OWNER =
            new EventType<>("LostItemAwaitingOwner", Topics.CITIZEN_EVENTS, 1, LostItemAwaitingOwner.class);
    public static final EventType<LostItemReturned> LOST_ITEM_RETURNED =
            new EventType<>("LostItemReturned", Topics.CITIZEN_EVENTS, 1, LostItemReturned.class);
    public static final EventType<LostItemDisposed> LOST_ITEM_DISPOSED =
            new EventType<>("LostItemDisposed", Topics.CITIZEN_EVENTS, 1, LostItemDisposed.class);
    public static final EventType<NotificationSent> NOTIFICATION_SENT =
            new EventType<>("NotificationSent", Topics.NOTIFICATION_EVENTS, 1, NotificationSent.class);
    public static final EventType<NotificationDelivered> NOTIFICATION_DELIVERED =
            new EventType<>("NotificationDelivered", Topics.NOTIFICATION_EVENTS, 1, NotificationDelivered.class);
    public static final EventType<NotificationFailed> NOTIFICATION_FAILED =
            new EventType<>("NotificationFailed", Topics.NOTIFICATION_EVENTS, 1, NotificationFailed.class);
    public static final EventType<NotificationAcknowledged> NOTIFICATION_ACKNOWLEDGED =
            new EventType<>("NotificationAcknowledged", Topics.NOTIFICATION_EVENTS, 1, NotificationAcknowledged.class);

    public static final List<EventType<?>> ALL =
            List.of(DISPUTE_REPORTED, DISPUTE_TRIAGED, DISPUTE_ASSIGNED, MEDIATION_SESSION_RECORDED, DISPUTE_ESCALATED,
                    DISPUTE_RESOLVED, DISPUTE_CLOSED, DISPUTE_REOPENED, DISPUTE_RISK_RAISED, DISPUTE_RISK_LOWERED,
                    DISPUTE_DEADLINE_APPROACHING, DISPUTE_DEADLINE_PASSED, DISPUTE_AWAITING_PARTY, DISPUTE_RESUMED,
                    JOINT_MEDIATION_INVITED, JOINT_MEDIATION_ACKNOWLEDGED, JOINT_MEDIATION_REMINDED,
                    JOINT_MEDIATION_UNANSWERED, PATROL_TEAM_REGISTERED, INCIDENT_REPORTED, INCIDENT_ACKNOWLEDGED,
                    INCIDENT_TASK_ASSIGNED, INCIDENT_TASK_REPORTED, INCIDENT_CLOSED, INCIDENT_HANDED_OVER_AS_DISPUTE,
                    ORDER_MAINTENANCE_DUTY_ASSIGNED, ORDER_MAINTENANCE_DUTY_LIFTED, CHECK_IN_FLAGGED, SHIFT_MISSED,
                    SHIFT_ENDED_WITH_MISSED_CHECKPOINTS, TEAM_ASSESSED_BELOW_THRESHOLD,
                    SERVICE_POINT_REGISTERED,
                    HOME_VISIT_FINDING_HANDED_OVER_AS_DISPUTE,
                    APPOINTMENT_BOOKED, APPOINTMENT_CANCELLED, APPOINTMENT_REMINDER_DUE, APPOINTMENT_MISSED, SERVICE_REQUEST_OPENED,
                    DOOR_TO_DOOR_VISIT_SCHEDULED, SERVICE_REQUEST_READY, SERVICE_REQUEST_COMPLETED, SAFETY_HAZARD_FOUND, ANTI_FRAUD_WARNING_ISSUED,
                    LOST_ITEM_AWAITING_OWNER, LOST_ITEM_RETURNED, LOST_ITEM_DISPOSED,
                    NOTIFICATION_SENT, NOTIFICATION_DELIVERED,
                    NOTIFICATION_FAILED, NOTIFICATION_ACKNOWLEDGED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_RECORD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    @SuppressWarnings("unchecked")
    public static <T extends PlatformEvent> EventType<T> of(T event) {
        EventType<?> type = BY_RECORD.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("not a published event type: " + event.getClass().getName());
        }
        return (EventType<T>) type;
    }

    private EventCatalog() {
    }
}
