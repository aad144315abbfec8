package org.fengqiao.notification.notification.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.kit.messaging.DerivedIds;
import org.fengqiao.notification.notification.model.DeliveryStatus;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.recipients.model.Recipient;
import org.fengqiao.notification.rules.model.Urgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Once a day (by default 18:00 station time) every recipient who asked for digests gets, per
 * channel, one message listing the ROUTINE items that waited for it, e.g. a team's daily summary.
 * The digest's id is derived from the recipient, the channel and the day, so a second run the same
 * day, on this replica or another, adds nothing; only the run that stored the digest marks the
 * items it lists DIGESTED (an item another run read but did not list waits for the next day's).
 */
@Service
public class SendDigests {

    private static final Logger log = LoggerFactory.getLogger(SendDigests.class);

    private final Notifications notifications;
    private final Compose compose;
    private final DeliverNotifications delivery;
    private final Clock clock;
    private final ZoneId zone;

    public SendDigests(Notifications notifications, Compose compose, DeliverNotifications delivery, Clock clock,
                       @Value("${notification.digest.zone}") ZoneId zone) {
        this.notifications = notifications;
        this.compose = compose;
        this.delivery = delivery;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(cron = "${notification.digest.cron}", zone = "${notification.digest.zone}")
    public void scheduled() {
        sendDue();
    }

    /** Sends the digests of everything waiting now; returns how many digests it sent. */
    public int sendDue() {
        Instant now = clock.instant();
        LocalDate day = now.atZone(zone).toLocalDate();
        Map<String, List<Notification>> waiting = new LinkedHashMap<>();
        for (Notification item : notifications.inStatus(DeliveryStatus.DIGEST, 5000)) {
            waiting.computeIfAbsent(item.recipientId() + "\u001f" + item.channel(), key -> new java.util.ArrayList<>()).add(item);
        }
        int sent = 0;
        for (List<Notification> items : waiting.values()) {
            Notification first = items.get(0);
            Recipient recipient = compose.recipient(first.recipientId());
            String id = DerivedIds.of("digest", recipient.id(), first.channel().name(), day.toString());
            Notification digest = digest(id, recipient, first.channel(), items, day, now);
            if (!notifications.addIfAbsent(digest)) {
                // the day's digest is already stored (an earlier run, or another replica's): the items it
                // listed are its own; these wait for the next day's, never marked without being sent
                continue;
            }
            delivery.soon(digest);
            sent++;
            for (Notification item : items) {
                notifications.update(item.id(), current -> current.status() == DeliveryStatus.DIGEST
                        ? Notification.Changed.of(current.digested(now)) : null, false);
            }
        }
        if (sent > 0) {
            log.info("{} digest(s) for {}", sent, day);
        }
        return sent;
    }

    private static Notification digest(String id, Recipient recipient, Channel channel, List<Notification> items, LocalDate day,
                                       Instant now) {
        boolean english = "en".equals(recipient.language());
        String title = english ? "Daily digest " + day + ": " + items.size() + " notification(s)"
                : "每日汇总 " + day + "：" + items.size() + "条通知";
        StringBuilder body = new StringBuilder();
        for (Notification item : items) {
            body.append("- ").append(item.title()).append('\n').append("  ").append(item.body()).append('\n');
        }
        return Notification.create(id, null, recipient.id(), channel, Urgency.ROUTINE, "digest", title, body.toString().strip(),
                "digest-" + day, id, "Digest", now, now);
    }
}
