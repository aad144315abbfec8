package org.fengqiao.notification.notification.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;

import io.micrometer.core.instrument.MeterRegistry;
import org.fengqiao.events.notification.Channel;
import org.fengqiao.kit.work.WakeOrPoll;
import org.fengqiao.notification.notification.model.DeliveryStatus;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.notification.model.RetryPolicy;
import org.fengqiao.notification.rules.model.Urgency;
import org.fengqiao.notification.recipients.model.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Delivers due notifications on their channels. An in-app notification that is due when it is
 * created is stored delivered by the write that creates it ({@link #asCreated}): the inbox is its
 * delivery. Other new notifications are handed over by id as they are stored
 * ({@link #soon(Notification)}), kept in memory in the order they are due (URGENT and CRITICAL
 * before ROUTINE), and read and written by key only; a failed attempt is queued again for its
 * retry time. Each channel has its own few senders, which claim and send; a notification whose
 * channel's senders are all busy waits aside, unclaimed, until one is free, so a slow webhook or
 * SMTP server never holds the in-app inbox or the other channels back, and the loop that hands
 * them out never waits for the store. Repeats, replays, escalations and digests are handed over
 * the same way. What nobody handed over (left by a crash, or by another replica that stopped in
 * the middle of an attempt) is found by a bounded sweep at start and then every
 * {@code sweepInterval} (minutes: on the embedded store a sweep reads the whole collection), or
 * again at once while sweeps come back full: the only query that is not by key. Each attempt
 * first claims the notification for a lease, so two replicas never send it at the same time;
 * after its channel's last attempt a notification is parked with {@code NotificationFailed}.
 */
public class DeliverNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliverNotifications.class);
    private static final int BATCH = 50;
    private static final Duration AGAIN_AFTER_FULL_SWEEP = Duration.ofSeconds(5);
    /** How soon an in-app delivery whose write failed is tried again. */
    static final Duration STORE_RETRY = Duration.ofSeconds(1);
    /** Attempts in flight per channel at most (its senders). */
    private static final Map<Channel, Integer> SENDERS = Map.of(Channel.IN_APP, 2, Channel.EMAIL, 2, Channel.WEBHOOK, 4);

    /** A notification handed over, on its channel, due at a time, with its urgency's rank (0 first). */
    private record Due(String id, Channel channel, int rank, Instant at) {
    }

    private final Notifications notifications;
    private final Compose compose;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Map<Channel, RetryPolicy> retries;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Duration pollInterval;
    private final Duration sweepInterval;
    private final Duration lease;
    private final PriorityBlockingQueue<Due> queue = new PriorityBlockingQueue<>(256, Comparator.comparing(Due::at));
    private final Map<Channel, ExecutorService> channelSenders = new EnumMap<>(Channel.class);
    private final Map<Channel, Semaphore> inFlight = new EnumMap<>(Channel.class);
    /** Due, waiting for a free sender of their channel, URGENT and CRITICAL first; only the delivery loop touches them. */
    private final Map<Channel, PriorityQueue<Due>> waitingForSender = new EnumMap<>(Channel.class);
    private final Map<Channel, Set<String>> waitingIds = new EnumMap<>(Channel.class);
    private long nextSweep;
    /** Runs {@link #deliverDue()} when something is handed over or a sender is free, else when the next is due. */
    private final WakeOrPoll loop;

    public DeliverNotifications(Notifications notifications, Compose compose, List<ChannelSender> senders,
                                Map<Channel, RetryPolicy> retries, Clock clock, MeterRegistry meters, Duration pollInterval,
                                Duration sweepInterval, Duration lease) {
        this.notifications = notifications;
        this.compose = compose;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.retries = Map.copyOf(retries);
        this.clock = clock;
        this.meters = meters;
        this.pollInterval = pollInterval;
        this.sweepInterval = sweepInterval;
        this.lease = lease;
        this.loop = new WakeOrPoll("notification-delivery", () -> {
            deliverDue();
            return WakeOrPoll.Next.after(Duration.ofMillis(waitMillis()));
        }, STORE_RETRY);
        for (Channel channel : Channel.values()) {
            int threads = SENDERS.getOrDefault(channel, 1);
            inFlight.put(channel, new Semaphore(threads * 2));
            waitingForSender.put(channel, new PriorityQueue<>(Comparator.comparingInt(Due::rank).thenComparing(Due::at)));
            waitingIds.put(channel, new HashSet<>());
            channelSenders.put(channel, Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "notification-" + channel.name().toLowerCase(java.util.Locale.ROOT));
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    /**
     * A new notification as it is to be stored: on a channel whose delivery is the stored status
     * (the in-app inbox), one that is due now is stored delivered, by the same single write that
     * creates it, with its {@code NotificationSent} and {@code NotificationDelivered}; any other
     * as it is. Another replica handling the same event fails to create it (its id is derived
     * from the event), so it is still delivered once.
     */
    public Notification asCreated(Notification notification) {
        ChannelSender sender = senders.get(notification.channel());
        Instant now = clock.instant();
        return sender != null && sender.deliveredByStoring() && notification.isDue(now) ? notification.delivered(now) : notification;
    }

    /** A new notification was stored as {@link #asCreated} gave it: delivered, its live stream is told; otherwise it is delivered when due. */
    public void created(Notification notification) {
        if (notification.status() != DeliveryStatus.DELIVERED) {
            soon(notification);
            return;
        }
        tellLiveStream(notification, senders.get(notification.channel()));
        countDelivered(notification, notification.deliveredAt());
    }

    /** A notification was stored: deliver it when it is due (now, or after quiet hours). */
    public void soon(Notification notification) {
        queue.add(new Due(notification.id(), notification.channel(), rank(notification.urgency()),
                notification.nextAttemptAt() == null ? clock.instant() : notification.nextAttemptAt()));
        loop.wake();
    }

    /**
     * One pass: what was handed over and is due, and, when asked or its time has come, what a
     * bounded sweep finds; returns how many were handed to their channel's senders.
     */
    public int deliverDue() {
        Instant now = clock.instant();
        if (System.nanoTime() - nextSweep >= 0) {
            List<Notifications.Waiting> swept = notifications.due(now, BATCH);
            // a full sweep means more may wait: look again soon
            nextSweep = System.nanoTime() + (swept.size() < BATCH ? sweepInterval : AGAIN_AFTER_FULL_SWEEP).toNanos();
            for (Notifications.Waiting waiting : swept) {
                queue.add(new Due(waiting.id(), waiting.channel(), rank(waiting.urgency()), now));
            }
        }
        // what is due waits with its own channel, URGENT and CRITICAL first, each notification once
        for (Due head = queue.peek(); head != null && !head.at().isAfter(now); head = queue.peek()) {
            Due due = queue.poll();
            if (waitingIds.get(due.channel()).add(due.id())) {
                waitingForSender.get(due.channel()).add(due);
            }
        }
        int attempts = 0;
        for (Channel channel : Channel.values()) {
            PriorityQueue<Due> waiting = waitingForSender.get(channel);
            Semaphore slots = inFlight.get(channel);
            // a channel whose senders are all busy keeps its own waiting and holds no other channel back
            while (!waiting.isEmpty() && slots.tryAcquire()) {
                Due next = waiting.poll();
                waitingIds.get(channel).remove(next.id());
                hand(next, slots);
                attempts++;
            }
        }
        return attempts;
    }

    /** Hands one notification to a sender of its channel, which holds one of {@code slots} until done. */
    private void hand(Due next, Semaphore slots) {
        ChannelSender sender = senders.get(next.channel());
        channelSenders.get(next.channel()).execute(() -> {
            try {
                if (sender != null && sender.deliveredByStoring()) {
                    storeDelivered(next, sender);
                } else {
                    // claimed on the channel's own thread: the delivery loop never waits for the store
                    notifications.claim(next.id(), clock.instant(), lease).ifPresent(this::attempt);
                }
            } catch (RuntimeException storeAway) {
                queue.add(new Due(next.id(), next.channel(), next.rank(), clock.instant().plus(STORE_RETRY)));
                log.warn("{} not claimed, trying again in {}: {}", next.id(), STORE_RETRY, storeAway.toString());
            } finally {
                slots.release();
                // a sender is free: what waits for it goes now
                loop.wake();
            }
        });
    }

    private static int rank(Urgency urgency) {
        return urgency.needsAcknowledgement() ? 0 : 1;
    }

    /** Until the next handed-over notification is due, or the poll interval, whichever is sooner. */
    private long waitMillis() {
        Due head = queue.peek();
        long poll = pollInterval.toMillis();
        if (head == null) {
            return poll;
        }
        return Math.max(1, Math.min(poll, Duration.between(clock.instant(), head.at()).toMillis()));
    }

    /**
     * A channel whose delivery is the stored status: one version-checked write marks it delivered
     * (with its {@code NotificationDelivered}), unless it is no longer due (another replica did
     * it, or it was acknowledged meanwhile); then the live streams are told.
     */
    private void storeDelivered(Due due, ChannelSender sender) {
        String id = due.id();
        try {
            Instant now = clock.instant();
            Optional<Notification> delivered = notifications.update(id, current -> current.isDue(now) ? delivered(current, now) : null, true);
            delivered.ifPresent(notification -> {
                tellLiveStream(notification, sender);
                countDelivered(notification, now);
            });
        } catch (RuntimeException storeAway) {
            // a passing failure (the store away): tried again soon, not left for the sweep
            queue.add(new Due(id, due.channel(), due.rank(), clock.instant().plus(STORE_RETRY)));
            log.warn("{} not marked delivered, trying again in {}: {}", id, STORE_RETRY, storeAway.toString());
        }
    }

    /** Delivered by being stored: the live streams show it sooner, if any is open. */
    private static void tellLiveStream(Notification notification, ChannelSender sender) {
        try {
            // the inbox only needs the id: no directory read
            sender.send(notification, Recipient.knownById(notification.recipientId()));
        } catch (ChannelSender.DeliveryException streamGone) {
            log.debug("{} delivered; its live stream did not take it: {}", notification.id(), streamGone.getMessage());
        }
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
            notifications.update(notification.id(), current -> delivered(current, now), true);
            countDelivered(notification, now);
            log.debug("{} delivered to {} on {}", notification.id(), notification.recipientId(), notification.channel());
        } catch (ChannelSender.DeliveryException | RuntimeException e) {
            failed(notification, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), started);
        }
    }

    private void failed(Notification notification, String error, Instant now) {
        RetryPolicy policy = retries.getOrDefault(notification.channel(), retries.get(Channel.OTHER));
        notifications.update(notification.id(), current -> {
            Instant retryAt = policy.nextAttempt(current.attempts() + 1, now).orElse(null);
            return current.fail(error, retryAt, now);
        }, true).ifPresent(next -> {
            if (next.nextAttemptAt() == null) {
                count(notification, "parked");
                log.warn("{} to {} on {} parked after {} attempts: {}", next.id(), next.recipientId(), next.channel(), next.attempts(), error);
            } else {
                queue.add(new Due(next.id(), next.channel(), rank(next.urgency()), next.nextAttemptAt()));
                count(notification, "retrying");
                log.info("{} to {} on {} failed (attempt {}), retry at {}: {}", next.id(), next.recipientId(), next.channel(),
                        next.attempts(), next.nextAttemptAt(), error);
            }
        });
    }

    /** The notification delivered at {@code now}, with its {@code NotificationDelivered}. */
    private static Notification.Changed delivered(Notification current, Instant now) {
        return current.deliver(now);
    }

    private void countDelivered(Notification notification, Instant now) {
        meters.timer("notification.delivery.latency", "channel", notification.channel().name(), "urgency",
                notification.urgency().name()).record(Duration.between(notification.createdAt(), now).abs());
        count(notification, "delivered");
    }

    private void count(Notification notification, String outcome) {
        meters.counter("notification.delivery.attempts", "channel", notification.channel().name(), "outcome", outcome).increment();
    }

    @Override
    public void start() {
        nextSweep = System.nanoTime();
        loop.start();
    }

    @Override
    public void stop() {
        channelSenders.values().forEach(ExecutorService::shutdown);
        loop.stop(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
