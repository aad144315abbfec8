package org.fengqiao.notification.notification.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.events.PlatformEvent;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.events.notification.NotificationDelivered;
import org.fengqiao.events.notification.NotificationFailed;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.notification.model.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Delivers due notifications on their channels, in a background loop woken as soon as new
 * notifications are stored (and every {@code pollInterval} for retries and held items). Each
 * attempt first claims the notification for a lease, so two replicas never send it at the same
 * time; a failed attempt is retried with the channel's backoff and, after its last attempt, parked
 * with {@code NotificationFailed}.
 */
public class DeliverNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliverNotifications.class);
    private static final int BATCH = 50;

    private final Notifications notifications;
    private final Compose compose;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Map<Channel, RetryPolicy> retries;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Duration pollInterval;
    private final Duration lease;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread loop;

    public DeliverNotifications(Notifications notifications, Compose compose, List<ChannelSender> senders,
                                Map<Channel, RetryPolicy> retries, Clock clock, MeterRegistry meters, Duration pollInterval,
                                Duration lease) {
        this.notifications = notifications;
        this.compose = compose;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.retries = Map.copyOf(retries);
        this.clock = clock;
        this.meters = meters;
        this.pollInterval = pollInterval;
        this.lease = lease;
    }

    /** Something became due: deliver it now rather than at the next poll. */
    public void wake() {
        signal.release();
    }

    /** One pass over what is due now; returns how many attempts were made. */
    public int deliverDue() {
        int attempts = 0;
        Instant now = clock.instant();
        for (String id : notifications.due(now, BATCH)) {
            Optional<Notification> claimed = notifications.claim(id, now, lease);
            if (claimed.isPresent()) {
                attempt(claimed.get());
                attempts++;
            }
        }
        return attempts;
    }

    private void attempt(Notification notification) {
        ChannelSender sender = senders.get(notification.channel());
        Instant started = clock.instant();
        try {
            if (sender == null) {
                throw new ChannelSender.DeliveryException("no sender for channel " + notification.channel());
            }
            sender.send(notification, compose.recipient(notification.recipientId()));
            Instant now = clock.instant();
            notifications.update(notification.id(), current -> {
                Notification delivered = current.delivered(now);
                return new Notifications.Change(delivered, List.<PlatformEvent>of(new NotificationDelivered(current.id(),
                        current.recipientId(), current.channel(), delivered.attempts(), current.repeat(), now)));
            }, true);
            meters.timer("notification.delivery.latency", "channel", notification.channel().name(), "urgency",
                    notification.urgency().name()).record(Duration.between(notification.createdAt(), now).abs());
            count(notification, "delivered");
            log.debug("{} delivered to {} on {}", notification.id(), notification.recipientId(), notification.channel());
        } catch (ChannelSender.DeliveryException | RuntimeException e) {
            failed(notification, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), started);
        }
    }

    private void failed(Notification notification, String error, Instant now) {
        RetryPolicy policy = retries.getOrDefault(notification.channel(), retries.get(Channel.OTHER));
        notifications.update(notification.id(), current -> {
            Instant retryAt = policy.nextAttempt(current.attempts() + 1, now).orElse(null);
            Notification next = current.failed(error, retryAt);
            List<PlatformEvent> events = retryAt == null
                    ? List.of(new NotificationFailed(current.id(), current.recipientId(), current.channel(), next.attempts(), error, now))
                    : List.of();
            return new Notifications.Change(next, events);
        }, true).ifPresent(next -> {
            if (next.nextAttemptAt() == null) {
                count(notification, "parked");
                log.warn("{} to {} on {} parked after {} attempts: {}", next.id(), next.recipientId(), next.channel(), next.attempts(), error);
            } else {
                count(notification, "retrying");
                log.info("{} to {} on {} failed (attempt {}), retry at {}: {}", next.id(), next.recipientId(), next.channel(),
                        next.attempts(), next.nextAttemptAt(), error);
            }
        });
    }

    private void count(Notification notification, String outcome) {
        meters.counter("notification.delivery.attempts", "channel", notification.channel().name(), "outcome", outcome).increment();
    }

    @Override
    public void start() {
        running = true;
        loop = new Thread(() -> {
            while (running) {
                try {
                    deliverDue();
                } catch (RuntimeException e) {
                    log.warn("delivery pass failed, trying again: {}", e.toString());
                }
                try {
                    if (signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                        signal.drainPermits();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "notification-delivery");
        loop.setDaemon(true);
        loop.start();
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
            try {
                loop.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
