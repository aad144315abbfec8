package org.fengqiao.notification.notification.application;

import java.time.Clock;
import java.util.Optional;

import org.fengqiao.events.dispute.DisputeReported;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.kit.directory.GridDirectory;
import org.fengqiao.kit.directory.GridDirectory.CommunityOfficer;
import org.fengqiao.kit.directory.GridDirectory.GridCell;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.kit.messaging.InboundEvent;
import org.fengqiao.notification.notification.model.DisputeReportedMessage;
import org.fengqiao.notification.notification.model.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A grid worker's report reaches the community officer of that grid cell at once, in the
 * officer's in-app inbox. A report from a grid cell the directory does not know goes to the
 * station's duty desk, so nothing is left unheard.
 */
@Service
public class NotifyCommunityOfficer {

    /** Who hears about disputes no officer is responsible for. */
    public static final String DUTY_DESK = "station-duty-desk";

    private static final Logger log = LoggerFactory.getLogger(NotifyCommunityOfficer.class);

    private final Notifications notifications;
    private final GridDirectory grid;
    private final Clock clock;

    public NotifyCommunityOfficer(Notifications notifications, GridDirectory grid, Clock clock) {
        this.notifications = notifications;
        this.grid = grid;
        this.clock = clock;
    }

    public void on(InboundEvent<DisputeReported> event) {
        DisputeReported reported = event.payload();
        Optional<CommunityOfficer> officer = grid.officerOf(reported.gridCellId());
        String recipient = officer.map(CommunityOfficer::id).orElse(DUTY_DESK);
        String language = officer.map(CommunityOfficer::language).orElse("zh-CN");
        String cellName = grid.gridCell(reported.gridCellId()).map(GridCell::name).orElse(reported.gridCellId());
        DisputeReportedMessage.Text text = DisputeReportedMessage.render(reported, cellName, language);
        Notification notification = new Notification(
                DerivedIds.of(event.envelope().id(), recipient, Channel.IN_APP.name()), recipient, Channel.IN_APP,
                text.title(), text.body(), reported.disputeId(), event.envelope().id(), event.envelope().type(),
                clock.instant());
        if (notifications.addIfAbsent(notification)) {
            log.info("dispute {} in {} notified to {}", reported.disputeId(), reported.gridCellId(), recipient);
        } else {
            log.info("dispute {} was already notified to {} (event {} seen before)", reported.disputeId(), recipient,
                    event.envelope().id());
        }
    }
}
