package org.fengqiao.notification.notification.persistence;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.kit.domain.DomainEvent;
import org.fengqiao.kit.domain.RaisesEvents;
import org.fengqiao.kit.outbox.Contract;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.kit.persistence.ContendedWrites;
import org.fengqiao.kit.persistence.Counters;
import org.fengqiao.kit.persistence.KeyedIds;
import org.fengqiao.kit.persistence.LastWritten;
import org.fengqiao.notification.notification.application.Notifications;
import org.fengqiao.notification.notification.application.Notifications.Waiting;
import org.fengqiao.notification.notification.model.DeliveryStatus;
import org.fengqiao.notification.notification.model.Notification;
import org.fengqiao.notification.notification.model.NotificationChanged;
import org.fengqiao.notification.rules.model.Urgency;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoNotifications implements Notifications {

    private static final List<DeliveryStatus> WAITING = List.of(DeliveryStatus.HELD, DeliveryStatus.PENDING, DeliveryStatus.RETRYING);
    private static final int TRIES = 10;

    /** A status-filtered inbox page reads the inbox in windows of this many numbers. */
    private static final int WINDOW = 500;

    private final MongoTemplate mongo;
    private final OutboxStore store;
    /** The service's published language: what the events raised here are published as. */
    private final Contract<DomainEvent> contract;
    private final Clock clock;
    /** Each recipient's inbox numbers its notifications 1, 2, 3, ...: a page is fetched by those keys. */
    private final Counters inboxNumbers;
    private final KeyedIds ofAlert;
    /** See {@link #written}: bounded, and only an optimisation (what is not here is read). */
    private final LastWritten<NotificationDocument> recentlyWritten = new LastWritten<>(10_000);
    private final ContendedWrites writes = new ContendedWrites(TRIES);

    MongoNotifications(MongoTemplate mongo, OutboxStore store, Clock clock, Contract<DomainEvent> contract) {
        this.mongo = mongo;
        this.store = store;
        this.contract = contract;
        this.clock = clock;
        this.inboxNumbers = new Counters(mongo, "inbox_numbers");
        this.ofAlert = new KeyedIds(mongo, "alert_notifications");
    }

    @Override
    public boolean addIfAbsent(Notification notification) {
        return addAllIfAbsent(List.of(notification)).get(0);
    }

    /**
     * The notifications one event gives, in two commands whatever their number (and one alone the
     * same way): one inbox number per notification drawn per recipient in one write, and the
     * notifications inserted together.
     */
    @Override
    public List<Boolean> addAllIfAbsent(List<Notification> notifications) {
        Map<String, Long> nextNumber = new HashMap<>();
        notifications.stream().collect(Collectors.groupingBy(Notification::recipientId, LinkedHashMap::new, Collectors.counting()))
                .forEach((recipient, count) -> nextNumber.put(recipient, inboxNumbers.next(recipient, count.intValue())));
        List<NotificationDocument> documents = new ArrayList<>();
        for (Notification notification : notifications) {
            if (notification.alertId() != null) {
                ofAlert.add(notification.alertId(), notification.id());
            }
            NotificationDocument document = NotificationDocument.of(notification);
            document.inboxSlot = NotificationDocument.inboxSlot(notification.recipientId(),
                    nextNumber.merge(notification.recipientId(), 1L, Long::sum) - 1);
            documents.add(document);
        }
        List<Boolean> added = store.insertAll(documents,
                notifications.stream().<RaisesEvents<NotificationChanged>>map(n -> n::creationEvents).toList(), contract);
        for (int i = 0; i < added.size(); i++) {
            if (added.get(i)) {
                keep(documents.get(i));
            } else {
                inboxNumbers.unused(notifications.get(i).recipientId());
            }
        }
        return added;
    }

    @Override
    public Optional<Notification> find(String id) {
        return Optional.ofNullable(mongo.findById(id, NotificationDocument.class)).map(NotificationDocument::toNotification);
    }

    @Override
    public Optional<Notification> update(String id, Function<Notification, Notification.Changed> change, boolean release) {
        // a conflict means someone else changed it meanwhile: the change is applied again to what they wrote
        return writes.write(id, () -> {
            // out of memory, so that a try after a conflict reads the store
            NotificationDocument document = written(id);
            if (document == null) {
                return Optional.<Notification>empty();
            }
            Notification.Changed changed = change.apply(document.toNotification());
            if (changed == null) {
                return Optional.<Notification>empty();
            }
            document.setPendingEvents(null);
            document.apply(changed.next());
            if (release) {
                document.claimedUntil = null;
            }
            return Optional.of(keep(store.save(document, changed, contract)).toNotification());
        });
    }

    /** URGENT and CRITICAL ones first, then ROUTINE ones, each soonest first. */
    @Override
    public List<Waiting> due(Instant now, int limit) {
        List<Waiting> due = new java.util.ArrayList<>(due(now, List.of(Urgency.CRITICAL, Urgency.URGENT), limit));
        if (due.size() < limit) {
            due.addAll(due(now, List.of(Urgency.ROUTINE), limit - due.size()));
        }
        return due;
    }

    private List<Waiting> due(Instant now, List<Urgency> urgencies, int limit) {
        Query query = new Query(Criteria.where("status").in(WAITING).and("urgency").in(urgencies).and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(now)))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        query.fields().include("_id", "channel", "urgency");
        return mongo.find(query, NotificationDocument.class).stream().map(d -> new Waiting(d.id, d.channel, d.urgency)).toList();
    }

    @Override
    public Optional<Notification> claim(String id, Instant now, Duration lease) {
        NotificationDocument remembered = recentlyWritten.take(id);
        Optional<Notification> claimed = remembered == null ? Optional.empty() : claim(remembered, now, lease);
        // what this instance wrote last may be stale (another replica or a person changed it since): then as stored
        return remembered != null && claimed.isPresent() ? claimed : claim(mongo.findById(id, NotificationDocument.class), now, lease);
    }

    private Optional<Notification> claim(NotificationDocument document, Instant now, Duration lease) {
        if (document == null || !document.toNotification().isDue(now)
                || (document.claimedUntil != null && document.claimedUntil.isAfter(now))) {
            return Optional.empty();
        }
        document.setPendingEvents(null);
        document.claimedUntil = now.plus(lease);
        try {
            return Optional.of(keep(store.save(document)).toNotification());
        } catch (OptimisticLockingFailureException anotherReplica) {
            return Optional.empty();
        }
    }

    /**
     * The notification as this instance last wrote it, taken out of memory, if it is there (a
     * new email waits for its claim, a claimed one for its outcome): its next write then needs no
     * read. Its version travels with it, so if anyone changed it since, that write matches
     * nothing and the notification is read from the store.
     */
    private NotificationDocument written(String id) {
        NotificationDocument remembered = recentlyWritten.take(id);
        return remembered != null ? remembered : mongo.findById(id, NotificationDocument.class);
    }

    /** Remembers a document just written while it still waits for a delivery attempt or its outcome. */
    private NotificationDocument keep(NotificationDocument document) {
        if (WAITING.contains(document.status)) {
            recentlyWritten.remember(document.id, document);
        } else {
            recentlyWritten.forget(document.id);
        }
        return document;
    }

    @Override
    public List<Notification> ofAlert(String alertId) {
        return ofAlert.documents(alertId, NotificationDocument.class).stream().map(NotificationDocument::toNotification).toList();
    }

    @Override
    public InboxPage inbox(String recipientId, DeliveryStatus status, int page, int size) {
        Counters.Issued issued = inboxNumbers.issued(recipientId);
        if (status == null) {
            long newest = issued.last() - (long) page * size;
            return new InboxPage(numbered(recipientId, newest, newest - size + 1), issued.used());
        }
        long oldestLookedAt = issued.last() - STATUS_FILTER_LOOKS_AT + 1;
        List<Notification> matching = new java.util.ArrayList<>();
        for (long newest = issued.last(); newest >= Math.max(1, oldestLookedAt); newest -= WINDOW) {
            numbered(recipientId, newest, Math.max(newest - WINDOW + 1, oldestLookedAt)).stream()
                    .filter(n -> n.status() == status).forEach(matching::add);
        }
        long from = Math.min((long) page * size, matching.size());
        return new InboxPage(matching.subList((int) from, (int) Math.min(from + size, matching.size())), matching.size());
    }

    /** The recipient's notifications numbered {@code newest} down to {@code oldest}, newest first, by key. */
    private List<Notification> numbered(String recipientId, long newest, long oldest) {
        List<String> slots = java.util.stream.LongStream.rangeClosed(Math.max(1, oldest), newest)
                .mapToObj(n -> NotificationDocument.inboxSlot(recipientId, n)).toList();
        if (slots.isEmpty()) {
            return List.of();
        }
        return mongo.find(new Query(Criteria.where(NotificationDocument.INBOX_SLOT).in(slots)), NotificationDocument.class).stream()
                .sorted(java.util.Comparator.comparingLong(NotificationDocument::inboxNumber).reversed())
                .map(NotificationDocument::toNotification).toList();
    }

    @Override
    public List<Notification> inStatus(DeliveryStatus status, int limit) {
        return mongo.find(new Query(Criteria.where("status").is(status)).with(Sort.by("createdAt")).limit(limit),
                NotificationDocument.class).stream().map(NotificationDocument::toNotification).toList();
    }

    @Override
    public List<Notification> parked(int limit) {
        return inStatus(DeliveryStatus.PARKED, limit);
    }
}
