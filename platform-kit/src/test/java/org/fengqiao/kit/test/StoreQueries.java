package org.fengqiao.kit.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * Every query the services send to the store during the tests, by shape: the collection and the
 * filter's fields and operators, values left out. The guard of the hot-path rule (ARCHITECTURE,
 * "Hot paths"): a query on a hot path must be one that a unique index serves, on the embedded store
 * as on MongoDB, which means its fields are exactly the fields of a unique index, compared by
 * equality (or {@code $in} on a single-field index); anything else scans the whole collection on
 * the embedded store. A test resets the record, drives a flow, and asks for the shapes that no
 * unique index serves and that it did not declare as a background sweep.
 *
 * <p>Registered in every Spring test context on the test classpath (an auto-configuration of the
 * kit's test-jar), so a test that uses it shares the cached context of the other tests.
 */
public final class StoreQueries implements CommandListener {

    private static final StoreQueries RECORDED = new StoreQueries();
    private static final Set<String> QUERIES = Set.of("find", "count", "update", "delete", "findAndModify", "aggregate", "distinct");
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");

    /** A query's shape; {@code filter} shows fields and operators, every value as {@code ?}. */
    public record Shape(String database, String collection, String command, String filter) {
        @Override
        public String toString() {
            return collection + " " + command + " " + filter;
        }
    }

    /** How often a shape was sent, and from where in the platform's code the first time. */
    public record Seen(AtomicLong times, String caller) {
    }

    /**
     * What the kit itself queries not by key, on any outbox collection, and why: declared here
     * once, not by every test. Filters as {@link Shape#filter()} shows them.
     */
    public static final Map<String, String> KIT_SWEEPS = Map.of(
            "{\"pendingEvents.0\": {\"$exists\": \"?\"}}", "the outbox relay's bounded sweep, at start and every 30 minutes");

    private final Map<Shape, Seen> seen = new ConcurrentHashMap<>();
    /**
     * Every write sent from a thread serving an HTTP request ({@code http-...}) that changed
     * something (a delete or an update that matched nothing is no write), in order.
     */
    private final List<String> requestWrites = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The writes sent from request threads and not answered yet, by the driver's request id. */
    private final Map<Integer, String> pendingWrites = new ConcurrentHashMap<>();

    public static StoreQueries recorded() {
        return RECORDED;
    }

    public void reset() {
        seen.clear();
    }

    /** The shapes sent to {@code database} since the last reset. */
    public Map<Shape, Seen> in(String database) {
        return seen.entrySet().stream().filter(e -> e.getKey().database().equals(database))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The shapes sent to {@code mongo}'s database since the last reset that no unique index of their
     * collection serves and that are neither in {@code sweeps} (written as {@link Shape#toString()})
     * nor the kit's own {@link #KIT_SWEEPS},
     * each with how often and from where; empty when every query went by key.
     */
    public List<String> scansOutside(MongoTemplate mongo, Set<String> sweeps) {
        List<String> scans = new ArrayList<>();
        in(mongo.getDb().getName()).forEach((shape, times) -> {
            if (!sweeps.contains(shape.toString()) && !KIT_SWEEPS.containsKey(shape.filter()) && !servedByUniqueIndex(shape, mongo)) {
                scans.add(shape + " x" + times.times() + " from " + times.caller());
            }
        });
        return scans.stream().sorted().toList();
    }

    private static boolean servedByUniqueIndex(Shape shape, MongoTemplate mongo) {
        BsonDocument filter = BsonDocument.parse(shape.filter());
        if (filter.keySet().stream().anyMatch(key -> key.startsWith("$"))) {
            return false;
        }
        for (IndexInfo index : mongo.indexOps(shape.collection()).getIndexInfo()) {
            Set<String> fields = index.getIndexFields().stream().map(f -> f.getKey()).collect(Collectors.toSet());
            boolean unique = index.isUnique() || fields.equals(Set.of("_id"));
            if (unique && fields.equals(filter.keySet()) && filter.values().stream().allMatch(value ->
                    value.isString() || (fields.size() == 1 && value.isDocument() && value.asDocument().keySet().equals(Set.of("$in"))))) {
                return true;
            }
        }
        return false;
    }

    /** How many writes requests have sent so far: a mark to ask {@link #requestWritesSince(int)} about. */
    public int requestWriteMark() {
        return requestWrites.size();
    }

    /**
     * The writes (database, collection, command) sent while serving HTTP requests since
     * {@code mark}: the threads that serve requests, not the consumers' or the schedulers'.
     */
    public List<String> requestWritesSince(int mark) {
        List<String> all = List.copyOf(requestWrites);
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (WRITES.contains(event.getCommandName()) && Thread.currentThread().getName().startsWith("http-")) {
            pendingWrites.put(event.getRequestId(), event.getDatabaseName() + "."
                    + event.getCommand().getString(event.getCommandName()).getValue() + " " + event.getCommandName());
        }
        if (!QUERIES.contains(event.getCommandName())) {
            return;
        }
        BsonDocument command = event.getCommand();
        String collection = command.getString(event.getCommandName()).getValue();
        for (BsonDocument filter : filters(event.getCommandName(), command)) {
            Shape shape = new Shape(event.getDatabaseName(), collection, event.getCommandName(), shapeOf(filter).toJson());
            seen.computeIfAbsent(shape, s -> new Seen(new AtomicLong(), caller())).times().incrementAndGet();
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        String write = pendingWrites.remove(event.getRequestId());
        if (write == null) {
            return;
        }
        BsonDocument response = event.getResponse();
        long changed = "findAndModify".equals(event.getCommandName())
                ? response.getDocument("lastErrorObject", new BsonDocument()).getNumber("n", new org.bson.BsonInt32(0)).longValue()
                : response.getNumber("n", new org.bson.BsonInt32(0)).longValue();
        if (changed > 0 || response.containsKey("upserted")) {
            requestWrites.add(write);
        }
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        pendingWrites.remove(event.getRequestId());
    }

    private static List<BsonDocument> filters(String name, BsonDocument command) {
        return switch (name) {
            case "find", "distinct" -> List.of(command.getDocument("filter", new BsonDocument()));
            case "count", "findAndModify" -> List.of(command.getDocument("query", new BsonDocument()));
            case "update" -> command.getArray("updates").stream().map(u -> u.asDocument().getDocument("q")).toList();
            case "delete" -> command.getArray("deletes").stream().map(d -> d.asDocument().getDocument("q")).toList();
            default -> command.getArray("pipeline").stream().map(BsonValue::asDocument).findFirst()
                    .filter(stage -> stage.containsKey("$match")).map(stage -> stage.getDocument("$match"))
                    .map(List::of).orElse(List.of(new BsonDocument("$pipeline", command.getArray("pipeline"))));
        };
    }

    /** The filter with its values replaced by "?" and its fields in order; operators kept. */
    private static BsonDocument shapeOf(BsonDocument filter) {
        Map<String, BsonValue> sorted = new TreeMap<>();
        filter.forEach((key, value) -> sorted.put(key, shapeOf(key, value)));
        BsonDocument shape = new BsonDocument();
        sorted.forEach(shape::append);
        return shape;
    }

    private static BsonValue shapeOf(String key, BsonValue value) {
        if (value.isDocument() && value.asDocument().keySet().stream().allMatch(k -> k.startsWith("$"))) {
            return shapeOf(value.asDocument());
        }
        if (value.isArray() && key.startsWith("$") && !key.equals("$in") && !key.equals("$nin")) {
            BsonArray shapes = new BsonArray();
            value.asArray().forEach(v -> shapes.add(v.isDocument() ? shapeOf(v.asDocument()) : new org.bson.BsonString("?")));
            return shapes;
        }
        return new org.bson.BsonString("?");
    }

    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("org.fengqiao.") && !f.getClassName().startsWith("org.fengqiao.kit.test."))
                .limit(3).map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .collect(Collectors.joining(" < ")));
    }

    /** Puts the recorder on the client of every test context. */
    @AutoConfiguration
    public static class Recording {
        @Bean
        MongoClientSettingsBuilderCustomizer storeQueries() {
            return settings -> settings.addCommandListener(RECORDED);
        }
    }
}
