package org.fengqiao.notification.recipients.application;

import java.util.List;
import java.util.Optional;

import org.fengqiao.notification.recipients.model.DutyRoster;
import org.fengqiao.notification.recipients.model.Recipient;

/** Who can be notified and how, and the duty rosters. */
public interface Recipients {

    Optional<Recipient> find(String id);

    Recipient save(Recipient recipient);

    List<Recipient> all();

    Optional<DutyRoster> roster(String id);

    DutyRoster save(DutyRoster roster);

    List<DutyRoster> rosters();
}
