package org.fengqiao.kit.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.fengqiao.kit.domain.RaisesEvents;
import org.fengqiao.kit.observability.TraceHeaders;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes outbox documents so that a state change and the events it raised land in one atomic
 * single-document write, and so that writers and the relay never overwrite each other's view of
 * the pending events: a new document is inserted; a changed one is updated with {@code $set} of
 * its state, {@code $push} of its newly raised events and a version check. The relay only ever
 * {@code $pull}s published events. A writer holding a stale version is refused with
 * {@link OptimisticLockingFailureException} and nothing is written.
 *
 * <p>The {@link OutboxDocument#getPendingEvents() pending events} of a document passed here are
 * the events raised by this change only. Once written, the document's id is handed to the
 * {@link OutboxRelay}, which reads it by key: publishing never needs a scan.
 *
 * <p>The version-checked update filters on {@code _id} and {@code version} together. MongoDB
 * serves that by the {@code _id} index; the embedded store (mongo-java-server) serves a filter
 * only by an index on exactly its fields and would scan the whole collection for every write.
 * So every outbox collection gets a unique index on {@code {_id, version}} at start: always
 * satisfied (the {@code _id} is unique on its own), it makes every versioned write a lookup by key
 * on both stores.
 */
public class OutboxStore implements SmartInitializingSingleton {

    static final String VERSION = "version";
    /** The name of the index that serves the version-checked update. */
    public static final String VERSION_KEY_INDEX = "_id_version";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final OutboxCollections collections;
    private final TraceHeaders trace;

    public OutboxStore(MongoTemplate mongo, OutboxRelay relay, OutboxCollections collections, TraceHeaders trace) {
        this.mongo = mongo;
        this.relay = relay;
        this.collections = collections;
        this.trace = trace;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String collection : collections.names()) {
            mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC).on(VERSION, Sort.Direction.ASC)
                    .unique().named(VERSION_KEY_INDEX));
        }
    }

    /**
     * Writes {@code document}, the stored form of {@code changed}, with the events {@code changed}
     * raised, as {@code contract} publishes them: one write, each record at its own time,
     * published from there.
     */
    public <T extends OutboxDocument, E> T save(T document, RaisesEvents<? extends E> changed, Contract<E> contract) {
        requireNoEvents(document);
        List<? extends E> raised = changed.raisedEvents();
        if (!raised.isEmpty()) {
            // the trace the change was made in travels with its events (see TraceHeaders)
            Map<String, String> current = trace.current();
            for (E event : raised) {
                contract.publish(event).forEach(record -> document.raise(record, current, relay.instanceId(), relay.now()));
            }
        }
        return write(document);
    }

    /**
     * Inserts new documents, each the stored form of the change at the same index, with the events
     * that change raised, in one command: each document in one write as {@link #save} does, the
     * command sparing the store a round trip per document. A document whose id is taken already
     * is left out, the others are inserted.
     *
     * @return for each document, whether it was inserted now (false: its id was taken)
     */
    public <T extends OutboxDocument, E> List<Boolean> insertAll(List<T> documents, List<? extends RaisesEvents<? extends E>> changes,
                                                                 Contract<E> contract) {
        if (documents.size() != changes.size()) {
            throw new IllegalArgumentException(documents.size() + " documents for " + changes.size() + " changes");
        }
        if (documents.isEmpty()) {
            return List.of();
        }
        Map<String, String> current = trace.current();
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(documents.get(0).getClass());
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            T document = documents.get(i);
            requireNoEvents(document);
            if (document.getVersion() != null || document.getClass() != entity.getType()) {
                throw new IllegalArgumentException("insertAll takes new documents of one type");
            }
            for (E event : changes.get(i).raisedEvents()) {
                contract.publish(event).forEach(record -> document.raise(record, current, relay.instanceId(), relay.now()));
            }
            document.setVersion(0L);
            Document bson = new Document();
            mongo.getConverter().write(document, bson);
            written.add(bson);
        }
        Set<Integer> taken = mongo.execute(entity.getCollection(), collection -> {
            try {
                collection.insertMany(written, new InsertManyOptions().ordered(false));
                return Set.<Integer>of();
            } catch (MongoBulkWriteException e) {
                if (e.getWriteErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                    throw e;
                }
                return e.getWriteErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet());
            }
        });
        List<Boolean> inserted = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            T document = documents.get(i);
            boolean now = !taken.contains(i);
            inserted.add(now);
            if (now && !document.getPendingEvents().isEmpty()) {
                relay.pending(entity.getCollection(), entity.getIdentifierAccessor(document).getRequiredIdentifier());
            }
            document.setPendingEvents(null);
            if (!now) {
                document.setVersion(null);
            }
        }
        return inserted;
    }

    /** Writes {@code document}, whose change raised no events. */
    public <T extends OutboxDocument> T save(T document) {
        requireNoEvents(document);
        return write(document);
    }

    private static void requireNoEvents(OutboxDocument document) {
        if (!document.getPendingEvents().isEmpty()) {
            throw new IllegalArgumentException("a document holds no events of its own: they come from the aggregate that raised them");
        }
    }

    private <T extends OutboxDocument> T write(T document) {
        boolean raisedEvents = !document.getPendingEvents().isEmpty();
        T saved = document.getVersion() == null ? mongo.insert(document) : update(document);
        // they are stored now: saving this instance again must not push them a second time
        saved.setPendingEvents(null);
        if (raisedEvents) {
            MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(saved.getClass());
            relay.pending(entity.getCollection(), entity.getIdentifierAccessor(saved).getRequiredIdentifier());
        }
        return saved;
    }

    private <T extends OutboxDocument> T update(T document) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(document.getClass());
        Document written = new Document();
        mongo.getConverter().write(document, written);
        Object id = written.remove("_id");
        written.remove("_class");
        written.remove(VERSION);
        @SuppressWarnings("unchecked")
        List<Object> newEvents = (List<Object>) written.remove(OutboxDocument.PENDING_EVENTS);

        Update update = new Update();
        written.forEach(update::set);
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (!property.isIdProperty() && !property.isVersionProperty() && !OutboxDocument.PENDING_EVENTS.equals(field)
                    && !written.containsKey(field)) {
                update.unset(field);
            }
        }
        update.inc(VERSION, 1);
        if (newEvents != null && !newEvents.isEmpty()) {
            update.push(OutboxDocument.PENDING_EVENTS).each(newEvents.toArray());
        }
        Query current = new Query(Criteria.where("_id").is(id).and(VERSION).is(document.getVersion()));
        UpdateResult result = mongo.updateFirst(current, update, entity.getCollection());
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(entity.getType().getSimpleName() + " " + id
                    + " was changed since version " + document.getVersion() + " was read");
        }
        document.setVersion(document.getVersion() + 1);
        return document;
    }
}
