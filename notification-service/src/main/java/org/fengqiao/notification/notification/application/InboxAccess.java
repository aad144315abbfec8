package org.fengqiao.notification.notification.application;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.fengqiao.events.access.Role;
import org.fengqiao.security.NotPermittedException;
import org.fengqiao.notification.notification.model.Alert;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.application.Recipients;
import org.fengqiao.notification.recipients.model.DutyRoster;
import org.fengqiao.security.Caller;

/**
 * Whose inbox a person reads: their own; a desk's when they hold the desk's role
 * ({@code notification.desk-staff}); their patrol team's; their department's. An alert is
 * acknowledged by someone who may read the inbox of one of its recipients, or by someone on its
 * duty roster. Nobody else, operators included, reads what was sent to a person.
 */
public final class InboxAccess {

    private final Map<String, Role> deskStaff;
    private final Recipients recipients;

    public InboxAccess(Map<String, Role> deskStaff, Recipients recipients) {
        this.deskStaff = Map.copyOf(deskStaff);
        this.recipients = recipients;
    }

    public boolean mayRead(Caller caller, String recipientId) {
        if (recipientId == null) {
            return false;
        }
        if (recipientId.equals(caller.id()) || recipientId.equals(caller.team()) || recipientId.equals(caller.department())) {
            return true;
        }
        Role staff = deskStaff.get(recipientId);
        return staff != null && caller.has(staff);
    }

    /** The inbox a request is about: the caller's own when none is named. */
    public String inboxFor(Caller caller, String recipientId) {
        String inbox = recipientId == null || recipientId.isBlank() ? caller.id() : recipientId;
        if (!mayRead(caller, inbox)) {
            throw new NotPermittedException("recipient", caller.id() + " may not read the inbox of " + inbox);
        }
        return inbox;
    }

    public void requireMayRead(Caller caller, Notification notification) {
        if (!mayRead(caller, notification.recipientId())) {
            throw new NotPermittedException(null, "this notification was not sent to " + caller.id());
        }
    }

    /**
     * A recipient of the alert (or the staff of a recipient desk, team, department), or someone on
     * its duty roster. The notification at hand and the roster are looked at first; the alert's
     * other notifications are read only when neither answers.
     */
    public void requireMayAcknowledge(Caller caller, Notification notification, Alert alert, Supplier<List<Notification>> ofAlert) {
        if (mayRead(caller, notification.recipientId())) {
            return;
        }
        boolean onRoster = alert.rosterId() != null && recipients.roster(alert.rosterId()).map(DutyRoster::members)
                .map(members -> members.contains(caller.id())).orElse(false);
        if (onRoster || ofAlert.get().stream().anyMatch(n -> mayRead(caller, n.recipientId()))) {
            return;
        }
        throw new NotPermittedException("personId", caller.id() + " was not alerted and is not on the alert's duty roster");
    }
}
