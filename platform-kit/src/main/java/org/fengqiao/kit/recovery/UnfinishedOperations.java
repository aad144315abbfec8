package org.fengqiao.kit.recovery;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.fengqiao.kit.web.IdempotencyKeys;
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
 * <p>An operation begun by a request that came with an {@code Idempotency-Key} is tied to that
 * key: a client retrying after the crash waits for the sweeper, which then tells the key what it
 * did ({@link Outcome}), so that the retry does not do the work a second time.
 *
 * <p>The collection holds only the operations running now and those a crash left, a handful, so
 * the sweeper reads it whole (bounded, oldest first) at a slow cadence: a background sweep, never
 * on a request.
 */
public final class UnfinishedOperations {

    /** An operation that began at {@code startedAt} and has not finished. */
    public record Operation(String kind, String id, Instant startedAt, Document facts) {
    }

    /**
     * What a sweeper did with an interrupted operation: completed it, and what it made is at
     * {@code location} (a path of the service's API), or undid it ({@code location} null).
     */
    public record Outcome(String location) {

        public static Outcome completed(String location) {
            return new Outcome(java.util.Objects.requireNonNull(location, "location"));
        }

        public static Outcome undone() {
            return new Outcome(null);
        }
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
        String entry = RetriedRequests.currentEntry();
        Document record = new Document("_id", key(kind, id)).append("kind", kind).append("id", id)
                .append("startedAt", Date.from(clock.instant())).append("facts", new Document(facts));
        if (entry != null) {
            record.append("idempotencyEntry", entry);
        }
        try {
            mongo.insert(record, collection);
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException(kind + " of " + id + " is already under way; try again shortly", e);
        }
        if (entry != null) {
            IdempotencyKeys.tieTo(mongo, entry, collection, key(kind, id));
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
    private List<Document> startedBefore(java.util.Set<String> kinds, Instant before, int limit) {
        return mongo.find(new Query().with(Sort.by("startedAt")).limit(limit), Document.class, collection).stream()
                .filter(d -> kinds.contains(d.getString("kind")) && d.getDate("startedAt").toInstant().isBefore(before))
                .toList();
    }

    /**
     * The sweeper's pass: each operation of these kinds older than {@code age} (longer than any
     * request takes) is completed or undone by {@code finish}, which says which; the key of the
     * request that began it (if any) is told, then the record removed. A {@code finish} that
     * fails leaves the record for the next pass. Returns how many were finished.
     */
    public int finishOlderThan(java.util.Set<String> kinds, java.time.Duration age,
                               java.util.function.Function<Operation, Outcome> finish) {
        int finished = 0;
        for (Document record : startedBefore(kinds, clock.instant().minus(age), 100)) {
            Operation operation = new Operation(record.getString("kind"), record.getString("id"), record.getDate("startedAt").toInstant(),
                    record.get("facts", Document.class));
            Outcome outcome = finish.apply(operation);
            String entry = record.getString("idempotencyEntry");
            if (entry != null) {
                IdempotencyKeys.settle(mongo, entry, outcome.location());
            }
            finished(operation.kind(), operation.id());
            finished++;
        }
        return finished;
    }

    private static String key(String kind, String id) {
        return kind + ":" + id;
    }
}
