package org.fengqiao.notification.notification.persistence;

import java.util.List;
import java.util.Optional;

import org.fengqiao.kit.outbox.OutboxStore;
import org.fengqiao.notification.notification.application.Notifications;
import org.fengqiao.notification.notification.model.Notification;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoNotifications implements Notifications {

    private final MongoTemplate mongo;
    private final OutboxStore store;

    MongoNotifications(MongoTemplate mongo, OutboxStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public boolean addIfAbsent(Notification notification) {
        try {
            store.save(NotificationDocument.sent(notification));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<Notification> find(String id) {
        return Optional.ofNullable(mongo.findById(id, NotificationDocument.class)).map(NotificationDocument::toNotification);
    }

    @Override
    public List<Notification> forRecipient(String recipientId, int page, int size) {
        Query query = new Query(Criteria.where("recipientId").is(recipientId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).skip((long) page * size).limit(size);
        return mongo.find(query, NotificationDocument.class).stream().map(NotificationDocument::toNotification).toList();
    }

    @Override
    public long countForRecipient(String recipientId) {
        return mongo.count(new Query(Criteria.where("recipientId").is(recipientId)), NotificationDocument.class);
    }
}
