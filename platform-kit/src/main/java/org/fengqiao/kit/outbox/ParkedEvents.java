package org.fengqiao.kit.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The events the relay parked because the broker can never take them, for an operator to look at. */
public class ParkedEvents {

    /** One parked event: where it is, what it is and why it was parked. */
    public record Parked(String collection, String documentId, String eventId, String type, String topic, String key, Instant occurredAt,
                         Instant parkedAt, String parkedBecause) {
    }

    private final MongoTemplate mongo;
    private final OutboxCollections collections;

    public ParkedEvents(MongoTemplate mongo, OutboxCollections collections) {
        this.mongo = mongo;
        this.collections = collections;
    }

    public List<Parked> list(int limit) {
        List<Parked> parked = new ArrayList<>();
        for (String collection : collections.names()) {
            Query query = new Query(Criteria.where(OutboxDocument.PARKED_EVENTS + ".0").exists(true)).limit(limit);
            query.fields().include(OutboxDocument.PARKED_EVENTS);
            for (Document document : mongo.find(query, Document.class, collection)) {
                for (Document event : document.getList(OutboxDocument.PARKED_EVENTS, Document.class)) {
                    if (parked.size() < limit) {
                        parked.add(new Parked(collection, String.valueOf(document.get("_id")), event.getString("eventId"), event.getString("type"),
                                event.getString("topic"), event.getString("key"), instant(event.get("occurredAt")), instant(event.get("parkedAt")),
                                event.getString("parkedBecause")));
                    }
                }
            }
        }
        return parked;
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }
}
