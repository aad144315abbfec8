package org.fengqiao.localstack;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order of the keys in the embedded store's unique indexes, compared value by value instead of
 * byte by byte of their Java serialisation.
 *
 * <p>mongo-java-server's H2 backend keeps every unique index (the {@code _id} one included) in an
 * MVStore map keyed by {@link KeyValue}. Left to H2's default key type, a {@code KeyValue} is not
 * {@link Comparable}, so every comparison of a B-tree search serialises both keys with an
 * {@code ObjectOutputStream}: about twenty serialisations per lookup in a collection of 100,000
 * documents. The capacity benchmark's profile showed it as the largest single cost of the store
 * under load. This type compares the key's values directly (strings, numbers, dates and ids by
 * their own order; values of different classes by class name; anything else still by its
 * serialised bytes).
 *
 * <p>It also writes a key as BSON ({@link #BSON_KEY} and a document holding the key's values)
 * instead of by Java serialisation, when every value is of a class BSON gives back as it was
 * (strings, numbers, booleans, dates, ids): writing and reading keys serialised was the largest
 * cost left in the store's profile once the documents were BSON ({@link StoredDocuments}). Any
 * other key is written as H2 writes it, and keys written either way are read.
 *
 * <p>A store written before this order existed has its indexes in the old order, in which a lookup
 * with the new one would miss. {@link #adopt(MVStore)} therefore rewrites every index map of such a
 * store once, when it is opened, and records that it did.
 */
final class IndexKeyOrder extends BsonTaggedType {

    /** How mongo-java-server's H2 backend names an index map: {@code <database>.<collection>._index_<index>}. */
    static final String INDEX_MAP_INFIX = "._index_";
    private static final String MARKER_MAP = "fengqiao.store";
    private static final String MARKER_KEY = "indexKeyOrder";
    private static final String MARKER_VALUE = "by-value-1";

    private static final Logger log = LoggerFactory.getLogger(IndexKeyOrder.class);

    /** The builder for an index map in this order (a type of its own per map, as H2 gives each map). */
    static MVMap.Builder<KeyValue, Object> indexMap() {
        return new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyOrder());
    }

    /**
     * Keys written as BSON (by this type) carry this tag; H2's {@link ObjectDataType} uses 0 to 119,
     * and the collections' documents 120.
     */
    static final byte BSON_KEY = 121;

    /** The classes of the values a key is written as BSON with: those BSON gives back as they were. */
    private static final Set<Class<?>> BSON_VALUE_CLASSES = Set.of(String.class, Integer.class, Long.class, Double.class,
            Boolean.class, Instant.class, ObjectId.class, UUID.class, Decimal128.class);

    private static final String VALUES = "v";

    private IndexKeyOrder() {
        super(BSON_KEY, 64);
    }

    @Override
    boolean isOfKind(Object value) {
        return value instanceof KeyValue;
    }

    @Override
    Map<String, ?> toBson(Object value) {
        if (value instanceof KeyValue key && key.stream().allMatch(v -> v == null || BSON_VALUE_CLASSES.contains(v.getClass()))) {
            return new Document(VALUES, key.stream().toList());
        }
        return null;
    }

    @Override
    Object fromBson(Document bson) {
        return new KeyValue((List<?>) bson.get(VALUES));
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareKeys(left, right);
        }
        return super.compare(a, b);
    }

    static int compareKeys(KeyValue a, KeyValue b) {
        int size = Integer.compare(a.size(), b.size());
        if (size != 0) {
            return size;
        }
        for (int i = 0; i < a.size(); i++) {
            int value = compareValues(a.get(i), b.get(i));
            if (value != 0) {
                return value;
            }
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        // an embedded document or a list as a key: as H2 did it, by the serialised bytes
        return compareNotNull(serialize(a), serialize(b));
    }

    /**
     * Brings a store's index maps into this order once: each index map written in the old order is
     * copied entry by entry into a new map in this order, which then takes its name. Run before
     * the backend opens any map. Returns how many index maps were rewritten.
     */
    static int adopt(MVStore store) {
        MVMap<String, String> marker = store.openMap(MARKER_MAP);
        if (MARKER_VALUE.equals(marker.get(MARKER_KEY))) {
            return 0;
        }
        int rewritten = 0;
        for (String name : store.getMapNames()) {
            if (!name.contains(INDEX_MAP_INFIX)) {
                continue;
            }
            MVMap<Object, Object> old = store.openMap(name);
            MVMap<KeyValue, Object> reordered = store.openMap(name + ".reordered", indexMap());
            reordered.clear();
            for (Iterator<Map.Entry<Object, Object>> entries = old.entrySet().iterator(); entries.hasNext(); ) {
                Map.Entry<Object, Object> entry = entries.next();
                reordered.put((KeyValue) entry.getKey(), entry.getValue());
            }
            store.removeMap(old);
            store.renameMap(reordered, name);
            rewritten++;
        }
        marker.put(MARKER_KEY, MARKER_VALUE);
        store.commit();
        if (rewritten > 0) {
            log.info("Rewrote {} index(es) of the embedded store in key order by value (once, for a store written by an older version)",
                    rewritten);
        }
        return rewritten;
    }
}
