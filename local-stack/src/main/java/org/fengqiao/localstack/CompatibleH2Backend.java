package org.fengqiao.localstack;

import java.time.Duration;
import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server plus the {@code hello} command, which mongo-java-server
 * (1.47) does not know but Spring Boot 4's MongoDB health indicator sends ({@code { hello: 1 }}):
 * without it every service's {@code /actuator/health} would report DOWN. {@code hello} is the
 * modern name of {@code isMaster}, so it is answered the same way, plus {@code isWritablePrimary}.
 *
 * <p>The MVStore keeps the chunks of old versions for {@link #RETENTION} instead of H2's 45 s: a
 * query that reads a whole large collection (a bounded sweep over half a million documents) while
 * others write can take longer than 45 s, and then read a chunk already reused ({@code Chunk N
 * not found}, seen by the capacity benchmark's preload). The file grows by what is written in
 * that time before space is reused.
 *
 * <p>Its unique indexes compare their keys value by value ({@link IndexKeyOrder}) instead of by
 * serialising both keys for every comparison; a store written by an older version has its indexes
 * rewritten in that order once, when it is opened.
 *
 * <p>Its collections keep their documents ({@link StoredDocuments}) and its indexes their keys
 * ({@link IndexKeyOrder}) as BSON instead of by Java serialisation; what a store written by an
 * older version holds is read as it is.
 */
final class CompatibleH2Backend extends H2Backend {

    static final Duration RETENTION = Duration.ofMinutes(10);

    /** How mongo-java-server's H2 backend names a collection's map: {@code databases.<database>.<collection>}. */
    static final String COLLECTION_MAP_PREFIX = "databases.";

    CompatibleH2Backend(String fileName) {
        super(open(fileName));
    }

    private static MVStore open(String fileName) {
        MVStore store = MVStore.open(fileName);
        store.setRetentionTime((int) RETENTION.toMillis());
        IndexKeyOrder.adopt(store);
        return store;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new KeyOrderedDatabase(databaseName);
    }

    /**
     * Opens each unique index's map with the value-by-value key order, and each collection's map
     * with its documents as BSON, before the H2 backend uses them.
     */
    private final class KeyOrderedDatabase extends H2Database {

        KeyOrderedDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            // the backend opens the map by name only, and gets the one already open: in this order
            getMvStore().openMap(getFullCollectionNamespace(collectionName) + IndexKeyOrder.INDEX_MAP_INFIX + indexName,
                    IndexKeyOrder.indexMap());
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            getMvStore().openMap(COLLECTION_MAP_PREFIX + getFullCollectionNamespace(collectionName), StoredDocuments.collectionMap());
            return super.openOrCreateCollection(collectionName, options);
        }
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document response = super.handleCommand(channel, databaseName, "ismaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            return response;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
