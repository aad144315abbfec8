package org.fengqiao.kit.recovery;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The operations that write more than one document, while they run: each is recorded (its kind,
 * the id of what it changes, and what completing or undoing it needs) before its first write and
 * removed after its last, all by key. A process that dies in between leaves its record behind;
 * a sweeper of the owning service looks at the records older than any request takes and, from
 * the documents themselves, completes the operation or undoes it, then removes the record.
 *
 * <p>The collection holds only the operations running now and those a crash left, a handful, so
 * the sweeper reads it whole (bounded, oldest first) at a slow cadence: a background sweep, never
 * on a request.
 */
public final class UnfinishedOperations {

    /** An operation that began at {@code startedAt} and has not finished. */
    public record Operation(String kind, String id, Instant startedAt, Document facts) {
    }

    private final MongoTemplate mongo;
    private final String collection;
    private final Clock clock;

    public UnfinishedOperations(MongoTemplate mongo, String collection, Clock clock) {
        this.mongo = mongo;
        this.collection = collection;
        this.clock = clock;
    }

    /**
     * Records that an operation of {@code kind} on {@code id} begins. One at a time per kind and
     * id: a second one while the first runs is refused (409).
     */
    public void begin(String kind, String id, Map<String, ?> facts) {
        try {
            mongo.insert(new Document("_id", key(kind, id)).append("kind", kind).append("id", id)
                    .append("startedAt", Date.from(clock.instant())).append("facts", new Document(facts)), collection);
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException(kind + " of " + id + " is already under way; try again shortly", e);
        }
    }

    /** The operation's last write is done (or it was undone): its record goes. */
    public void finished(String kind, String id) {
        mongo.remove(new Query(Criteria.where("_id").is(key(kind, id))), collection);
    }

    /**
     * The operations of these kinds that began before {@code before} and have not finished, oldest
     * first, at most {@code limit}.
     */
    List<Operation> startedBefore(java.util.Set<String> kinds, Instant before, int limit) {
        return mongo.find(new Query().with(Sort.by("startedAt")).limit(limit), Document.class, collection).stream()
                .map(d -> new Operation(d.getString("kind"), d.getString("id"), d.getDate("startedAt").toInstant(),
                        d.get("facts", Document.class)))
                .filter(operation -> kinds.contains(operation.kind()) && operation.startedAt().isBefore(before))
                .toList();
    }

    /**
     * The sweeper's pass: each operation of these kinds older than {@code age} (longer than any
     * request takes) is completed or undone by {@code finish}, then its record removed. A
     * {@code finish} that fails leaves the record for the next pass. Returns how many were finished.
     */
    public int finishOlderThan(java.util.Set<String> kinds, java.time.Duration age, java.util.function.Consumer<Operation> finish) {
        int finished = 0;
        for (Operation operation : startedBefore(kinds, clock.instant().minus(age), 100)) {
            finish.accept(operation);
            finished(operation.kind(), operation.id());
            finished++;
        }
        return finished;
    }

    private static String key(String kind, String id) {
        return kind + ":" + id;
    }
}
